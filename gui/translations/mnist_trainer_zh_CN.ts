<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccuracyChart</name>
    <message>
        <source>epochs</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>识别精度</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>测试数据</translation>
    </message>
</context>
<context>
    <name>AccuracyPlotWidget</name>
    <message>
        <source>Accuracy at each epoch; hover a point to read it</source>
        <translation>每个epoch的识别精度；将鼠标悬停在点上可查看数值</translation>
    </message>
    <message>
        <source>Accuracy plot</source>
        <translation>识别精度图</translation>
    </message>
    <message>
        <source>{name} (test)</source>
        <translation>{name}（测试）</translation>
    </message>
    <message>
        <source>epoch {epoch} (iteration {iteration})
train acc {train}
test acc {test}</source>
        <translation>epoch {epoch}（第 {iteration} 次更新）
训练数据 {train}
测试数据 {test}</translation>
    </message>
</context>
<context>
    <name>ActivationHistograms</name>
    <message>
        <source>No network yet: start or load a run to see what its hidden layers output.</source>
        <translation>还没有网络：开始训练或载入训练记录，即可查看各隐藏层的输出。</translation>
    </message>
    <message>
        <source>What each hidden layer outputs for the same 1,000 test images (30 bins).
Sigmoid near 0 or 1 (saturated): the unit passes back almost no gradient.
ReLU at 0 for every image (dead): the unit never learns again.
A small spread: every unit says much the same thing.
Change the initial scale and start again to see the book&apos;s chapter-6 lesson.</source>
        <translation>各隐藏层对同样 1,000 张测试图像的输出（30 个区间）。
sigmoid 接近 0 或 1（饱和）：该神经元几乎不反向传播梯度。
ReLU 对每张图像都是 0（死亡）：该神经元再也不会学习。
分布范围小：所有神经元的输出几乎相同。
改变权重的初始值后重新开始，即可看到书中第 6 章的结论。</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>第 {layer} 层</translation>
    </message>
    <message>
        <source>{dead} of units dead</source>
        <translation>{dead} 的神经元死亡</translation>
    </message>
    <message>
        <source>{zeros} zeros</source>
        <translation>{zeros} 为 0</translation>
    </message>
    <message>
        <source>{saturated} saturated</source>
        <translation>{saturated} 饱和</translation>
    </message>
    <message>
        <source>(near 0 or 1)</source>
        <translation>（接近 0 或 1）</translation>
    </message>
    <message>
        <source>(near -1 or 1)</source>
        <translation>（接近 -1 或 1）</translation>
    </message>
    <message>
        <source>spread {spread}</source>
        <translation>分布范围 {spread}</translation>
    </message>
    <message>
        <source>output &gt; 0 (zeros not drawn)</source>
        <translation>输出 &gt; 0（不画 0）</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Histograms of the hidden layers&apos; outputs</source>
        <translation>隐藏层输出的直方图</translation>
    </message>
    <message>
        <source>This network has no hidden layer.</source>
        <translation>这个网络没有隐藏层。</translation>
    </message>
    <message>
        <source>Outputs of each hidden layer ({activation}) for {count} test images, 30 bins.</source>
        <translation>各隐藏层（{activation}）对 {count} 张测试图像的输出，30 个区间。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>Could not load the test images: {error}</source>
        <translation>无法载入测试图像：{error}</translation>
    </message>
    <message>
        <source>Could not compute the hidden layers&apos; outputs: {error}</source>
        <translation>无法计算隐藏层的输出：{error}</translation>
    </message>
</context>
<context>
    <name>BackpropNodes</name>
    <message>
        <source>{count} of {units} units off (≤ 0): no gradient flows there</source>
        <translation>{units} 个神经元中有 {count} 个关闭（≤ 0）：那里没有梯度流过</translation>
    </message>
    <message>
        <source>{count} of {units} units saturated</source>
        <translation>{units} 个神经元中有 {count} 个饱和</translation>
    </message>
    <message>
        <source>{rule}   (the batch&apos;s mu and var)</source>
        <translation>{rule}   （该 mini-batch 的 mu 和 var）</translation>
    </message>
    <message>
        <source>Training mode: the batch&apos;s own mean and variance. A batch of one is its own mean, so xn = 0 and the output is beta whatever the input: no gradient flows back.</source>
        <translation>训练模式：使用该 mini-batch 自身的均值和方差。只有一张图像的 mini-batch 就是它自己的均值，因此 xn = 0，无论输入如何输出都是 beta：梯度不会反向传播。</translation>
    </message>
    <message>
        <source>{rule}   (running mu and var)</source>
        <translation>{rule}   （移动平均的 mu 和 var）</translation>
    </message>
    <message>
        <source>Test mode: the running mean and variance kept in training.</source>
        <translation>测试模式：使用训练时记录的均值和方差的移动平均。</translation>
    </message>
    <message>
        <source>{rule}   (mask: keep where a uniform draw &gt; {r})</source>
        <translation>{rule}   （mask：保留均匀随机数 &gt; {r} 的位置）</translation>
    </message>
    <message>
        <source>Training mode: this mask keeps {kept} of {units} units (drawn as gradient() draws it).</source>
        <translation>训练模式：这个掩码保留了 {units} 个神经元中的 {kept} 个（与 gradient() 一样随机抽取）。</translation>
    </message>
    <message>
        <source>Test mode: every unit is kept and scaled by 1 - {r}; training drops some.</source>
        <translation>测试模式：保留所有神经元并乘以 1 - {r}；训练时会删除一部分。</translation>
    </message>
    <message>
        <source>  + ½·λ·Σ W² (weight decay) = {sum}</source>
        <translation>  + ½·λ·Σ W²（权值衰减）= {sum}</translation>
    </message>
    <message>
        <source>{rule}   (t one-hot at {t}, N = 1)</source>
        <translation>{rule}   （t 是 {t} 处的 one-hot，N = 1）</translation>
    </message>
    <message>
        <source>Target t = {t}; the network&apos;s answer is {answer}.</source>
        <translation>正确解标签 t = {t}；网络的答案是 {answer}。</translation>
    </message>
    <message>
        <source>Softmax and the cross-entropy together have this simple gradient.</source>
        <translation>softmax函数和交叉熵误差组合起来，梯度就这么简单。</translation>
    </message>
    <message>
        <source>{rule}   (weight decay, λ = {decay})</source>
        <translation>{rule}   （权值衰减，λ = {decay}）</translation>
    </message>
    <message>
        <source>{rule} summed over the batch</source>
        <translation>{rule} 在 mini-batch 上求和</translation>
    </message>
    <message>
        <source>dL/dx: which pixels would change the answer. Red: more ink there raises the loss (the target gets less likely); blue: more ink lowers it.</source>
        <translation>dL/dx：哪些像素会改变答案。红色：在那里多加墨水会增大损失（正确解的概率变小）；蓝色：多加墨水会减小损失。</translation>
    </message>
    <message>
        <source>{rule} = 0 for N = 1</source>
        <translation>{rule} = 0（N = 1 时）</translation>
    </message>
    <message>
        <source>{rule}   (running var: a fixed scale)</source>
        <translation>{rule}   （移动平均的 var：固定的缩放）</translation>
    </message>
    <message>
        <source>Check: the walk against network.gradient(x, t) (float64, same image and target)</source>
        <translation>确认：将逐步计算的结果与 network.gradient(x, t) 比较（float64，同一图像和正确解）</translation>
    </message>
    <message>
        <source>The walked gradients against the network&apos;s own backprop, gradient().</source>
        <translation>逐步求得的梯度与网络自身的误差反向传播法 gradient() 的比较。</translation>
    </message>
    <message>
        <source>Check: the walk against central differences (h = {h}) of the test-mode
loss at {samples} random entries of each parameter</source>
        <translation>确认：将逐步计算的结果与测试模式损失的中心差分（h = {h}）比较
在每个参数的 {samples} 个随机元素上</translation>
    </message>
    <message>
        <source>gradient() trains with the batch&apos;s statistics and random dropout masks, not with the test-mode network walked here; tick training mode to check against it.</source>
        <translation>gradient() 使用 mini-batch 的统计量和随机的 Dropout 掩码训练，而不是这里逐步计算的测试模式网络；勾选训练模式即可与它比较。</translation>
    </message>
    <message>
        <source>largest difference {worst}: they agree (to {tolerance})</source>
        <translation>最大差 {worst}：一致（容差 {tolerance}）</translation>
    </message>
    <message>
        <source>largest difference {worst}: they DIFFER (to {tolerance})</source>
        <translation>最大差 {worst}：不一致（容差 {tolerance}）</translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>No network yet: press Start or Step, then choose an image.</source>
        <translation>还没有网络：请按“开始”或“单步”，然后选择一张图像。</translation>
    </message>
    <message>
        <source>Choose an image: the drawing pad&apos;s, or a test image.</source>
        <translation>请选择一张图像：手写板上的，或一张测试图像。</translation>
    </message>
    <message>
        <source>Walking the graph…</source>
        <translation>正在遍历计算图…</translation>
    </message>
    <message>
        <source>Use the drawing pad</source>
        <translation>使用手写板</translation>
    </message>
    <message>
        <source>Walk the drawing pad&apos;s image through the network</source>
        <translation>让手写板上的图像逐步通过网络</translation>
    </message>
    <message>
        <source>Use the drawing pad&apos;s image</source>
        <translation>使用手写板上的图像</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>Walk a test image (with its label) through the network</source>
        <translation>让一张测试图像（带正确解标签）逐步通过网络</translation>
    </message>
    <message>
        <source>Use a test image</source>
        <translation>使用测试图像</translation>
    </message>
    <message>
        <source>Training mode (as gradient())</source>
        <translation>训练模式（与 gradient() 相同）</translation>
    </message>
    <message>
        <source>Batch norm and dropout as in training, as gradient() computes them; off: as the network reads a digit (running statistics, every unit kept)</source>
        <translation>Batch Norm 和 Dropout 按训练时的方式计算，与 gradient() 相同；关闭：按网络识别数字时的方式（移动平均统计量，保留所有神经元）</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>训练模式</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The step&apos;s formula with the numbers of this image</source>
        <translation>这一步的公式及这张图像的数值</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>Picture {number}</source>
        <translation>图 {number}</translation>
    </message>
    <message>
        <source>Step {number} of {total}: the check</source>
        <translation>第 {number}/{total} 步：确认</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {node}, {direction}</source>
        <translation>第 {number}/{total} 步：{node}，{direction}</translation>
    </message>
    <message>
        <source>The walk failed: {error}</source>
        <translation>遍历失败：{error}</translation>
    </message>
    <message>
        <source>Target t = {t}: the image&apos;s label</source>
        <translation>正确解 t = {t}：图像的标签</translation>
    </message>
    <message>
        <source>Target t = {t}: the network&apos;s own reading (the image has no label)</source>
        <translation>正确解 t = {t}：网络自己的识别结果（图像没有标签）</translation>
    </message>
    <message>
        <source>dL/d{key} (walked)</source>
        <translation>dL/d{key}（逐步计算）</translation>
    </message>
    <message>
        <source>(red +{top}, blue -{top})</source>
        <translation>（红 +{top}，蓝 -{top}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;dL/dx&lt;/b&gt;, 28x28: which pixels would change the answer {scale}</source>
        <translation>&lt;b&gt;dL/dx&lt;/b&gt;，28x28：哪些像素会改变答案 {scale}</translation>
    </message>
    <message>
        <source>{key}: one 28x28 tile per hidden unit ({units}) {scale}</source>
        <translation>{key}：每个隐藏层神经元一个 28x28 图块（{units} 个）{scale}</translation>
    </message>
    <message>
        <source>{key}, 28x28 {scale}</source>
        <translation>{key}，28x28 {scale}</translation>
    </message>
</context>
<context>
    <name>ClassNames</name>
    <message>
        <source>T-shirt/top</source>
        <translation>T恤/上衣</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>裤子</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>套头衫</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>连衣裙</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>外套</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>凉鞋</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>运动鞋</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>短靴</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>Rates (each row sums to 100%)</source>
        <translation>比例（每行合计 100%）</translation>
    </message>
    <message>
        <source>Show each cell as a share of its row (its true digit)</source>
        <translation>将每个单元格显示为其所在行（真实数字）的比例</translation>
    </message>
    <message>
        <source>Show each cell as a share of its row (its true class)</source>
        <translation>将每个单元格显示为其所在行（真实类别）的比例</translation>
    </message>
    <message>
        <source>Show rates</source>
        <translation>显示比例</translation>
    </message>
    <message>
        <source>Blue: read right; orange: mistakes. Click a cell to see its images.</source>
        <translation>蓝：识别正确；橙：错误。点击单元格查看其图像。</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: what the network read. Blue: read right; orange: mistakes, the darkest the most common. Click a cell to see its images (or move with the arrow keys and press Enter).</source>
        <translation>行：真实数字；列：网络的识别结果。蓝：识别正确；橙：错误，颜色越深越常见。点击单元格查看其图像（也可用方向键移动后按 Enter）。</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: what the network read. Blue: read right; orange: mistakes, the darkest the most common. Click a cell to see its images (or move with the arrow keys and press Enter).</source>
        <translation>行：真实类别；列：网络的识别结果。蓝：识别正确；橙：错误，颜色越深越常见。点击单元格查看其图像（也可用方向键移动后按 Enter）。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>真实数字</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>识别精度</translation>
    </message>
    <message>
        <source>{count} images of “{true}” read right ({rate} of the row)</source>
        <translation>“{true}”的图像有 {count} 张识别正确（占该行 {rate}）</translation>
    </message>
    <message>
        <source>{count} images of “{true}” read as “{read}” ({rate} of the row)</source>
        <translation>“{true}”的图像有 {count} 张被识别为“{read}”（占该行 {rate}）</translation>
    </message>
    <message>
        <source>Confusion matrix of the test set: after the first epoch</source>
        <translation>测试数据的混淆矩阵：第一个 epoch 之后显示</translation>
    </message>
    <message>
        <source>Test set at epoch {epoch}: {right} of {total} read right ({share})</source>
        <translation>第 {epoch} 个 epoch 的测试数据：{total} 张中 {right} 张识别正确（{share}）</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>没有图像</translation>
    </message>
</context>
<context>
    <name>ControlsWidget</name>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One iteration while paused (F10)</source>
        <translation>暂停时更新一次 (F10)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop this run (Shift+F5)</source>
        <translation>停止本次训练 (Shift+F5)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Forget this run and unlock the settings (Ctrl+R)</source>
        <translation>丢弃本次训练并解锁设置 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Book&apos;s settings</source>
        <translation>书中的设置</translation>
    </message>
    <message>
        <source>Restore the book&apos;s chapter-4 settings: {network}, batch {batch}, {iterations} iterations on all {images} images drawn with replacement, no regularisation, seed {seed}, backprop (Reset first)</source>
        <translation>恢复书中第4章的设置：{network}，mini-batch {batch}，从全部 {images} 张图像中有放回地抽取，更新 {iterations} 次，无正则化，种子 {seed}，误差反向传播法（请先重置）</translation>
    </message>
    <message>
        <source>The network these settings make, and its parameter count</source>
        <translation>这些设置构成的网络及其参数个数</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue this run (Space)</source>
        <translation>继续本次训练 (Space)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start training (Space)</source>
        <translation>开始训练 (Space)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>暂停或继续 (Space)</translation>
    </message>
</context>
<context>
    <name>DatasetCombo</name>
    <message>
        <source>MNIST (digits)</source>
        <translation>MNIST（手写数字）</translation>
    </message>
    <message>
        <source>Fashion-MNIST (clothes)</source>
        <translation>Fashion-MNIST（服装）</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>The images the network learns: MNIST&apos;s handwritten digits, as in the book, or Fashion-MNIST&apos;s photos of clothes in ten classes (same size, harder)</source>
        <translation>神经网络学习的图像：与书中相同的 MNIST 手写数字，或 Fashion-MNIST 的10类服装照片（尺寸相同，难度更高）</translation>
    </message>
</context>
<context>
    <name>DigitReaderWidget</name>
    <message>
        <source>Draw a digit on the pad (white on black, like MNIST).</source>
        <translation>请在画板上写一个数字（与 MNIST 一样黑底白字）。</translation>
    </message>
    <message>
        <source>Draw a piece of clothing on the pad (white on black, like Fashion-MNIST).</source>
        <translation>请在画板上画一件衣物（与 Fashion-MNIST 一样黑底白色）。</translation>
    </message>
    <message>
        <source>No network yet: press Start or Step, then draw.</source>
        <translation>还没有网络：请按“开始”或“单步”，然后再写。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the pad (Delete or Esc)</source>
        <translation>清除画板（Delete 或 Esc）</translation>
    </message>
    <message>
        <source>Test digit</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>Put a random image of the {dataset} test data on the pad</source>
        <translation>从 {dataset} 测试数据中随机取一张图像放到画板上</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>打开图像…</translation>
    </message>
    <message>
        <source>Read a PNG or JPEG (or drop one on the pad)</source>
        <translation>读取 PNG 或 JPEG 图像（也可拖放到画板上）</translation>
    </message>
    <message>
        <source>The network sees:</source>
        <translation>网络看到的：</translation>
    </message>
    <message>
        <source>The 28x28 image the network sees</source>
        <translation>输入网络的 28x28 图像</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>网络看到的图像</translation>
    </message>
    <message>
        <source>The network&apos;s reading</source>
        <translation>网络的识别结果</translation>
    </message>
    <message>
        <source>Image file message</source>
        <translation>图像文件消息</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <source>The network reads {answer} ({probability}).</source>
        <translation>网络识别为 {answer}（{probability}）。</translation>
    </message>
    <message>
        <source>The true label is {label}.</source>
        <translation>正确解标签：{label}</translation>
    </message>
    <message>
        <source>The network has not been trained yet: this is a guess.</source>
        <translation>网络尚未训练：这只是猜测。</translation>
    </message>
    <message>
        <source>Open an image of a digit</source>
        <translation>打开数字图像</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>图像 ({patterns})</translation>
    </message>
</context>
<context>
    <name>DrawPadWidget</name>
    <message>
        <source>Draw a digit here</source>
        <translation>在这里写数字</translation>
    </message>
    <message>
        <source>Digit drawing pad</source>
        <translation>数字画板</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse or a pen. Delete, Backspace, Esc or a right-click clears; Enter reads; drop an image file to load it.</source>
        <translation>用鼠标或笔写一个数字。按 Delete、Backspace、Esc 或右键单击清除；按 Enter 识别；拖放图像文件即可载入。</translation>
    </message>
</context>
<context>
    <name>ExperimentFigures</name>
    <message>
        <source>iterations</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>识别精度</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试数据</translation>
    </message>
    <message>
        <source>std={std}</source>
        <translation>标准差={std}</translation>
    </message>
</context>
<context>
    <name>ExperimentTexts</name>
    <message>
        <source>Optimizers compared on MNIST</source>
        <translation>基于 MNIST 数据集的更新方法的比较</translation>
    </message>
    <message>
        <source>Initial weights compared on MNIST</source>
        <translation>基于 MNIST 数据集的权重初始值的比较</translation>
    </message>
    <message>
        <source>Batch normalisation and the initial weight scale</source>
        <translation>Batch Normalization 与权重初始值的尺度</translation>
    </message>
    <message>
        <source>Overfitting: 300 images, no regularisation</source>
        <translation>过拟合：300 张图像，无正则化</translation>
    </message>
    <message>
        <source>Weight decay against overfitting</source>
        <translation>用权值衰减抑制过拟合</translation>
    </message>
    <message>
        <source>Dropout against overfitting</source>
        <translation>用 Dropout 抑制过拟合</translation>
    </message>
    <message>
        <source>Random search for learning rate and weight decay</source>
        <translation>学习率和权值衰减的随机搜索</translation>
    </message>
    <message>
        <source>Activations of five layers by initial weight scale</source>
        <translation>不同权重初始值下 5 层的激活值分布</translation>
    </message>
    <message>
        <source>SGD, Momentum, AdaGrad and Adam train the same network on the same minibatches; SGD learns slowest. Each optimizer uses the book&apos;s default learning rate, as the script does.</source>
        <translation>SGD、Momentum、AdaGrad 和 Adam 在相同的 mini-batch 上学习同一个网络；SGD 学得最慢。各更新方法与脚本一样使用书中的默认学习率。</translation>
    </message>
    <message>
        <source>The same ReLU network from three initial weight scales: with std 0.01 it hardly learns, Xavier and He learn, He fastest. The script keeps MultiLayerNet&apos;s default ReLU for all three.</source>
        <translation>同一个 ReLU 网络从三种权重初始值开始学习：标准差 0.01 时几乎学不动，Xavier 和 He 都能学习，He 最快。脚本三者都使用 MultiLayerNet 默认的 ReLU。</translation>
    </message>
    <message>
        <source>With batch norm the network learns from almost any initial weight scale; without it most scales fail. Train accuracy per epoch, solid with batch norm, dashed without, as the script.</source>
        <translation>有 Batch Norm 时，网络几乎从任何权重初始值都能学习；没有它时多数尺度都会失败。与脚本一样，绘制每个 epoch 的训练数据识别精度，有 Batch Norm 为实线，没有为虚线。</translation>
    </message>
    <message>
        <source>A deep network on only 300 images learns them all while test accuracy stays far lower. Differs from the shipped script: weight_decay_lambda = 0 (the script ships 0.1; its commented-out line sets 0).</source>
        <translation>只用 300 张图像学习的深层网络能记住全部训练数据，而测试数据的识别精度一直低得多。与随书脚本的不同：weight_decay_lambda = 0（脚本为 0.1；其被注释掉的一行设为 0）。</translation>
    </message>
    <message>
        <source>The same 300 images with L2 weight decay lambda 0.1, as the script ships: the gap between train and test accuracy narrows.</source>
        <translation>同样的 300 张图像，使用随书脚本中的 L2 权值衰减 lambda 0.1：训练数据与测试数据识别精度的差距缩小。</translation>
    </message>
    <message>
        <source>The same 300 images with dropout ratio 0.2, as the script ships; it trains with the book&apos;s common/trainer.py for 301 epochs (903 iterations), and the gap between train and test accuracy narrows.</source>
        <translation>同样的 300 张图像，使用随书脚本中的 Dropout 比例 0.2；用书中的 common/trainer.py 学习 301 个 epoch（更新 903 次），训练数据与测试数据识别精度的差距缩小。</translation>
    </message>
    <message>
        <source>100 random trials of learning rate and weight decay, each trained for 50 epochs and judged on held-out validation images, never on the test set. The best 20 are drawn as the script draws them.</source>
        <translation>随机选取学习率和权值衰减进行 100 次试验，每次学习 50 个 epoch，并用预留的验证数据评估，绝不使用测试数据。最好的 20 个按脚本的方式绘制。</translation>
    </message>
    <message>
        <source>1,000 random inputs through five layers of 100 units: with std 1 sigmoid outputs crowd at 0 and 1, with 0.01 at 0.5; Xavier (and He for ReLU) keep them spread. No training.</source>
        <translation>将 1,000 个随机输入通过 5 个 100 节点的层：标准差为 1 时 sigmoid 的输出集中在 0 和 1，为 0.01 时集中在 0.5；Xavier（ReLU 时为 He）能保持分布的广度。不进行学习。</translation>
    </message>
    <message>
        <source>network: 784-100-100-100-100-100-10, ReLU (MultiLayerNetExtend&apos;s default)
optimizer: SGD lr 0.01
batch: 100 of the first 1,000 training images, 20 epochs (10 iterations each)
initial weight std: 16 scales, logspace(0, -4, 16), each with and without batch norm (32 trainings)</source>
        <translation>网络：784-100-100-100-100-100-10，ReLU（MultiLayerNetExtend 的默认值）
更新方法：SGD 学习率 0.01
mini-batch：从前 1,000 张训练数据中取 100 张，20 个 epoch（每个 epoch 更新 10 次）
权重初始值的标准差：16 个尺度，logspace(0, -4, 16)，各自有无 Batch Norm（共 32 次训练）</translation>
    </message>
    <message>
        <source>network: 784-100x6-10, ReLU, He (MultiLayerNet&apos;s defaults)
optimizer: SGD, lr = 10^U(-6, -2), weight decay = 10^U(-8, -4)
data: the first 500 training images, shuffled, 20% (100) held out for validation
batch: 100, 50 epochs per trial, 100 trials</source>
        <translation>网络：784-100x6-10，ReLU，He（MultiLayerNet 的默认值）
更新方法：SGD，学习率 = 10^U(-6, -2)，权值衰减 = 10^U(-8, -4)
数据：前 500 张训练数据，打乱顺序，预留 20%（100 张）作为验证数据
mini-batch：100，每次试验 50 个 epoch，共 100 次试验</translation>
    </message>
    <message>
        <source>input: 1,000 x 100 standard normal
network: 5 layers of 100, activation sigmoid, ReLU or tanh
initial weight scale: 1, 0.01, Xavier sqrt(1/n) or He sqrt(2/n)
figure: one 30-bin histogram per layer, range 0 to 1</source>
        <translation>输入：1,000 x 100 的标准正态分布
网络：5 个 100 节点的层，激活函数为 sigmoid、ReLU 或 tanh
权重初始值的尺度：1、0.01、Xavier sqrt(1/n) 或 He sqrt(2/n)
图：每层一个 30 区间的直方图，范围 0 到 1</translation>
    </message>
    <message>
        <source>no weight decay</source>
        <translation>无权值衰减</translation>
    </message>
    <message>
        <source>weight decay 0.1</source>
        <translation>权值衰减 0.1</translation>
    </message>
    <message>
        <source>dropout 0.2</source>
        <translation>Dropout 0.2</translation>
    </message>
    <message>
        <source>std=0.01</source>
        <translation>标准差=0.01</translation>
    </message>
    <message>
        <source>batch {batch} of the first {images} training images, {iterations} iterations</source>
        <translation>mini-batch {batch}（取自前 {images} 张训练数据），更新 {iterations} 次</translation>
    </message>
    <message>
        <source>batch {batch} of all 60,000 training images, {iterations} iterations</source>
        <translation>mini-batch {batch}（取自全部 60,000 张训练数据），更新 {iterations} 次</translation>
    </message>
    <message>
        <source> ({count} accuracy measurements, one every {every} iterations)</source>
        <translation>（测量识别精度 {count} 次，每更新 {every} 次测量一次）</translation>
    </message>
    <message>
        <source>{title} (the book&apos;s {script})</source>
        <translation>{title}（书中的 {script}）</translation>
    </message>
    <message>
        <source>seed {seed}, minibatches from seed {batch_seed}</source>
        <translation>种子 {seed}，mini-batch 取自种子 {batch_seed}</translation>
    </message>
    <message>
        <source>each loss is the minibatch&apos;s before its update (the script measures it after, with a second forward pass)</source>
        <translation>每个损失是更新前该 mini-batch 的值（脚本在更新后再做一次正向传播来测量）</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>CSV of original plot data</source>
        <translation>原始绘图数据 (CSV)</translation>
    </message>
    <message>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>图像文件 (PNG, TIF, JPG, ...)</translation>
    </message>
    <message>
        <source>Matplotlib Window</source>
        <translation>Matplotlib 窗口</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>可缩放矢量图形 (SVG)</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics</source>
        <translation>可缩放矢量图形</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>有效位数</translation>
    </message>
    <message>
        <source>columnMode</source>
        <translation>列模式</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>antialias</source>
        <translation>抗锯齿</translation>
    </message>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>invertValue</source>
        <translation>反转数值</translation>
    </message>
    <message>
        <source>scaling stroke</source>
        <translation>缩放线宽</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Link Axis:</source>
        <translation>链接坐标轴:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>将此坐标轴与另一个视图链接。链接后，两个视图显示相同的数据范围。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>自动缩放时可见数据的百分比。对于带有尖峰噪声的数据，降低此值可能会有帮助。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>每当显示的数据改变时，自动调整此坐标轴的范围。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>手动设置此坐标轴的范围。这会关闭自动缩放。</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>此坐标轴显示的最小值。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>此坐标轴显示的最大值。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>反转此坐标轴的方向（+y 朝下而不是朝上）。</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>反转坐标轴</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>为此坐标轴启用鼠标操作（平移、缩放）。</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>启用鼠标</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>勾选后，此坐标轴只根据另一坐标轴范围内可见的数据自动缩放。</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>仅可见数据</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>勾选后，此坐标轴会自动平移使当前数据居中，但不改变缩放比例。</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>仅自动平移</translation>
    </message>
    <message>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>显示此图中曲线的平均值。可在参数列表中选择要求平均的参数（如果有）。</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>只绘制每条曲线的可见部分。假定 X 值等间距。</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>裁剪到视图</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>如果此图显示多条曲线，勾选此项可限制显示的曲线数量。</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>最大曲线数:</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>绘制沿原始数据最小值和最大值变化的锯齿波来降采样。此方法最能保留数据的外观，但速度较慢。</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>如果此图显示多条曲线，勾选“最大曲线数”并设置此值即可限制显示的曲线数量。</translation>
    </message>
    <message>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>勾选“最大曲线数”时，隐藏的曲线将从内存中删除（节省内存，但无法再次显示）。</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>丢弃隐藏的曲线</translation>
    </message>
    <message>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>取 N 个样本的平均值来降采样。</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>取 N 个样本中的第一个来降采样。此方法最快，但最不准确。</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>根据可见范围自动对数据降采样。假定 X 值等间距。</translation>
    </message>
    <message>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>绘图前对数据降采样（每 N 个样本绘制一个）。</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>X 轴对数坐标</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>功率谱 (FFT)</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>Y 轴对数坐标</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>减去平均值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>显示 X 网格</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>显示 Y 网格</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>要导出的项目:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>导出选项</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>GradCheckDiagnosisWidget</name>
    <message>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>数值微分</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>误差反向传播法</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>相对误差</translation>
    </message>
    <message>
        <source>relative error of each W1 entry (grey: not checked); hover a tile for its worst</source>
        <translation>W1 每个元素的相对误差（灰色：未检查）；将鼠标移到图块上查看其最大值</translation>
    </message>
    <message>
        <source>W1 relative error</source>
        <translation>W1 的相对误差</translation>
    </message>
    <message>
        <source>Worst entries</source>
        <translation>误差最大的元素</translation>
    </message>
    <message>
        <source>Usual causes</source>
        <translation>常见原因</translation>
    </message>
    <message>
        <source>W1&apos;s relative errors as one 28x28 tile per hidden unit</source>
        <translation>按隐藏层神经元以 28x28 图块显示 W1 的相对误差</translation>
    </message>
    <message>
        <source>The entries with the largest relative error</source>
        <translation>相对误差最大的元素</translation>
    </message>
    <message>
        <source>What usually makes a gradient check fail</source>
        <translation>梯度确认失败的常见原因</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>W1 relative error tiles</source>
        <translation>W1 相对误差图块</translation>
    </message>
    <message>
        <source>hidden unit {unit}: no entry checked</source>
        <translation>隐藏层神经元 {unit}：没有检查任何元素</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>hidden unit {unit}: worst {worst} at pixel ({row}, {column}); pixel ({r}, {c}): {here}</source>
        <translation>隐藏层神经元 {unit}：最大 {worst}，位于像素 ({row}, {column})；像素 ({r}, {c})：{here}</translation>
    </message>
    <message>
        <source>pixel (row {row}, column {column}) -&gt; hidden unit {unit}</source>
        <translation>像素（第 {row} 行，第 {column} 列）-&gt; 隐藏层神经元 {unit}</translation>
    </message>
    <message>
        <source>Run a check: when it fails, what usually causes it is listed here.</source>
        <translation>请运行一次确认：失败时，这里会列出常见原因。</translation>
    </message>
    <message>
        <source>What this check&apos;s numbers point to</source>
        <translation>本次数值指向的原因</translation>
    </message>
    <message>
        <source>Seen here: {evidence}</source>
        <translation>依据：{evidence}</translation>
    </message>
    <message>
        <source>Other usual causes</source>
        <translation>其他常见原因</translation>
    </message>
</context>
<context>
    <name>GradCheckHints</name>
    <message>
        <source>A softmax that is not batched: each image&apos;s probabilities must sum to 1 (subtract each row&apos;s max and sum along axis 1), not all N x 10 of them together.</source>
        <translation>不支持批处理的 softmax函数：每张图像的概率之和必须为 1（减去每行的最大值，沿 axis 1 求和），而不是全部 N x 10 个合起来为 1。</translation>
    </message>
    <message>
        <source>A forgotten division by the batch size: SoftmaxWithLoss&apos;s backward is (y - t) / N; without it every gradient is N times too large (relative error (N - 1) / (N + 1)).</source>
        <translation>忘记除以 mini-batch 的大小：SoftmaxWithLoss 的反向传播是 (y - t) / N；不除的话所有梯度都会大 N 倍（相对误差 (N - 1) / (N + 1)）。</translation>
    </message>
    <message>
        <source>The 1e-7 in the book&apos;s log(y + 1e-7): the numerical gradient sees it, backprop does not, so they differ by about 1e-7 / y for an image whose label has probability y. A small, uniform error (~1e-6) on a trained network is this, not a bug.</source>
        <translation>书中 log(y + 1e-7) 里的 1e-7：数值微分包含它，误差反向传播法不包含，因此对于标签概率为 y 的图像，两者相差约 1e-7 / y。已训练网络上小而均匀的误差（~1e-6）就是这个原因，不是程序错误。</translation>
    </message>
    <message>
        <source>A sign error: (t - y) instead of (y - t), or a minus lost in an Affine&apos;s or an activation&apos;s backward; a flipped parameter has relative error 1.</source>
        <translation>符号错误：用了 (t - y) 而不是 (y - t)，或 Affine 层或激活函数的反向传播中丢了负号；符号反转的参数相对误差为 1。</translation>
    </message>
    <message>
        <source>float32 weights: h = 1e-4 is then a few float32 steps of a weight and the numerical gradient is noise. This panel checks a float64 copy; do the same in your own.</source>
        <translation>float32 的权重：此时 h = 1e-4 只相当于权重的几个 float32 最小刻度，数值微分就成了噪声。本面板检查的是 float64 副本；你自己的代码也应如此。</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>没有检查任何内容。</translation>
    </message>
    <message>
        <source>Backprop is right: every relative error is at most {threshold} (largest {error}, {key}).</source>
        <translation>误差反向传播法正确：所有相对误差都不超过 {threshold}（最大 {error}，{key}）。</translation>
    </message>
    <message>
        <source>Not ~1e-10 because of the book&apos;s log(y + 1e-7): {why}.</source>
        <translation>没有达到 ~1e-10 是因为书中的 log(y + 1e-7)：{why}。</translation>
    </message>
    <message>
        <source>{keys}: 0 both ways (a bias before batch norm).</source>
        <translation>{keys}：两种方法都是 0（Batch Norm 之前的偏置）。</translation>
    </message>
    <message>
        <source>Check failed: {keys} above {threshold} (largest {error}, {key}); {passing} agree.</source>
        <translation>梯度确认失败：{keys} 超过 {threshold}（最大 {error}，{key}）；{passing} 一致。</translation>
    </message>
    <message>
        <source>Check failed: {keys} above {threshold} (largest {error}, {key}).</source>
        <translation>梯度确认失败：{keys} 超过 {threshold}（最大 {error}，{key}）。</translation>
    </message>
    <message>
        <source>This is the book&apos;s 1e-7 in log(y + 1e-7), not a bug.</source>
        <translation>这是书中 log(y + 1e-7) 里的 1e-7 造成的，不是程序错误。</translation>
    </message>
    <message>
        <source>The layers after {wrong} are right: the backward pass goes wrong on its way from layer {right} to layer {wrong} (an activation&apos;s backward, or dx = dout . W{right}.T).</source>
        <translation>第 {wrong} 层之后的层是正确的：反向传播在从第 {right} 层到第 {wrong} 层的途中出错（激活函数的反向传播，或 dx = dout . W{right}.T）。</translation>
    </message>
    <message>
        <source>Every parameter is affected: look at the start of the backward pass (y - t).</source>
        <translation>所有参数都受到影响：请检查反向传播的起点 (y - t)。</translation>
    </message>
    <message>
        <source>backprop / numerical is {ratios} in every sizeable entry of {keys}: the batch size N = {n}.</source>
        <translation>在 {keys} 的所有较大元素中，误差反向传播法 / 数值微分 = {ratios}：即 mini-batch 的大小 N = {n}。</translation>
    </message>
    <message>
        <source>The gradient is divided by the batch size twice (once in the loss&apos;s backward is enough).</source>
        <translation>梯度被 mini-batch 的大小除了两次（在损失函数的反向传播中除一次就够了）。</translation>
    </message>
    <message>
        <source>backprop / numerical is {ratios} in every sizeable entry of {keys}: 1 / N for N = {n}.</source>
        <translation>在 {keys} 的所有较大元素中，误差反向传播法 / 数值微分 = {ratios}：即 N = {n} 时的 1 / N。</translation>
    </message>
    <message>
        <source>backprop / numerical is {ratios} in every sizeable entry of {keys}.</source>
        <translation>在 {keys} 的所有较大元素中，误差反向传播法 / 数值微分 = {ratios}。</translation>
    </message>
    <message>
        <source>Backprop gives (almost) 0: the gradient is not computed, or not stored in grads.</source>
        <translation>误差反向传播法的结果（几乎）为 0：没有计算梯度，或没有存入 grads。</translation>
    </message>
    <message>
        <source>Backprop is off by a constant factor: a 2 or 0.5 too many in a formula, or a learning rate applied inside gradient().</source>
        <translation>误差反向传播法的结果差了一个常数倍：公式中多了 2 或 0.5，或在 gradient() 里乘了学习率。</translation>
    </message>
    <message>
        <source>the network&apos;s probabilities sum to {sums} per image instead of 1.</source>
        <translation>网络的概率之和每张图像为 {sums}，而不是 1。</translation>
    </message>
    <message>
        <source>backprop&apos;s gradient of {key} sums to {total} over the classes; (y - t) sums to 0 for every image when y is a softmax per image.</source>
        <translation>误差反向传播法求得的 {key} 梯度对各类别求和为 {total}；若 y 是每张图像的 softmax，(y - t) 对每张图像求和都为 0。</translation>
    </message>
    <message>
        <source>gradient() returns {keys} in float32 although the copy is float64.</source>
        <translation>副本是 float64，但 gradient() 返回的 {keys} 是 float32。</translation>
    </message>
    <message>
        <source>the smallest probability of an image&apos;s label is y = {y}, so the numerical gradient may differ by up to about 1e-7 / y = {bound}</source>
        <translation>图像标签的最小概率为 y = {y}，因此数值微分最多可能相差约 1e-7 / y = {bound}</translation>
    </message>
</context>
<context>
    <name>GradCheckWidget</name>
    <message>
        <source>fast numerical (vectorised)</source>
        <translation>快速数值微分（向量化）</translation>
    </message>
    <message>
        <source>book&apos;s loop (slow)</source>
        <translation>书中的循环（慢）</translation>
    </message>
    <message>
        <source>quick: k random parameters</source>
        <translation>快速：随机 k 个参数</translation>
    </message>
    <message>
        <source>mean |diff|</source>
        <translation>平均 |差|</translation>
    </message>
    <message>
        <source>max |diff|</source>
        <translation>最大 |差|</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>相对误差</translation>
    </message>
    <message>
        <source>values compared</source>
        <translation>比较的数值个数</translation>
    </message>
    <message>
        <source>fresh {sizes} (seed {seed})</source>
        <translation>新建 {sizes}（种子 {seed}）</translation>
    </message>
    <message>
        <source>current network</source>
        <translation>当前网络</translation>
    </message>
    <message>
        <source>No network yet: checking a {fresh} network instead.</source>
        <translation>还没有网络：改为检查一个{fresh}网络。</translation>
    </message>
    <message>
        <source>Relative error of backprop against central differences (h = 1e-4, float64). Backprop is right when it is about 1e-7 to 1e-5 and much the same in every row: a fresh 784-50-10 on 3 images gives 5.2e-7, a trained one on 100 images about 1e-5. It is not ~1e-10 because the book&apos;s loss takes log(y + 1e-7): the numerical gradient sees the 1e-7, backprop does not, so they differ by about 1e-7 / y (y: the probability of an image&apos;s label); h itself adds only ~1e-10. A bug shows as a row at 1e-3 or more (dW1 off by 1% gives 5e-3, a missing term about 1).</source>
        <translation>误差反向传播法相对中心差分（h = 1e-4，float64）的相对误差。若约为 1e-7 到 1e-5 且各行大致相同，误差反向传播法就是正确的：新建的 784-50-10 在 3 张图像上为 5.2e-7，已训练的网络在 100 张图像上约为 1e-5。达不到 ~1e-10 是因为书中的损失函数取 log(y + 1e-7)：数值微分包含这个 1e-7，误差反向传播法不包含，所以两者相差约 1e-7 / y（y：图像标签的概率）；h 本身只带来 ~1e-10。程序有错误时会出现 1e-3 或更大的行（dW1 偏差 1% 得到 5e-3，漏掉一项约为 1）。</translation>
    </message>
    <message>
        <source>The vectorised method knows the two-layer network only: the book&apos;s loop checks this one (dropout off, batch norm in training mode, as the book&apos;s check).</source>
        <translation>向量化方法只支持 2 层神经网络：这个网络用书中的循环检查（与书中的梯度确认一样，关闭 Dropout，Batch Norm 使用训练模式）。</translation>
    </message>
    <message>
        <source>numerical {numerical} for {count} values, backprop {backprop} for all</source>
        <translation>数值微分 {numerical}（{count} 个值），误差反向传播法 {backprop}（全部）</translation>
    </message>
    <message>
        <source>numerical {numerical}, backprop {backprop} ({ratio}x faster)</source>
        <translation>数值微分 {numerical}，误差反向传播法 {backprop}（快 {ratio} 倍）</translation>
    </message>
    <message>
        <source>numerical {numerical}, backprop {backprop}</source>
        <translation>数值微分 {numerical}，误差反向传播法 {backprop}</translation>
    </message>
    <message>
        <source>cancelled: {times}</source>
        <translation>已取消：{times}</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>网络(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方法(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>图像数(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;k (quick mode)</source>
        <translation>&amp;k（快速模式）</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Check the current network, or a fresh one as mnist-trainer gradcheck does</source>
        <translation>检查当前网络，或像 mnist-trainer gradcheck 那样检查一个新网络</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>How the numerical gradient is computed: vectorised, the book&apos;s loop, or k random parameters</source>
        <translation>数值微分的计算方式：向量化、书中的循环，或随机 k 个参数</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>How many training images the loss is computed on</source>
        <translation>计算损失函数所用的训练数据图像张数</translation>
    </message>
    <message>
        <source>k (quick mode)</source>
        <translation>k（快速模式）</translation>
    </message>
    <message>
        <source>How many random entries of each parameter the quick method compares</source>
        <translation>快速模式下比较的每个参数的随机元素个数</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>运行梯度确认</translation>
    </message>
    <message>
        <source>Compare the numerical gradient with backprop</source>
        <translation>比较数值微分求得的梯度与误差反向传播法</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running check</source>
        <translation>停止正在运行的确认</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>How much of the check is done</source>
        <translation>确认已完成多少</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Differences between the numerical gradient and backprop, per parameter</source>
        <translation>每个参数的数值微分与误差反向传播法之差</translation>
    </message>
    <message>
        <source>Could not get the network: {error}</source>
        <translation>无法获取网络：{error}</translation>
    </message>
    <message>
        <source>checking ({method})…</source>
        <translation>正在确认（{method}）…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Checking the current network ({sizes}).</source>
        <translation>检查当前网络（{sizes}）。</translation>
    </message>
    <message>
        <source>Checking a {fresh} network, as mnist-trainer gradcheck does.</source>
        <translation>与 mnist-trainer gradcheck 一样，检查一个{fresh}网络。</translation>
    </message>
    <message>
        <source>The check failed: {message}</source>
        <translation>确认运行失败：{message}</translation>
    </message>
</context>
<context>
    <name>GradientNormsPlot</name>
    <message>
        <source>How large each layer&apos;s weight gradient is, iteration by iteration (log scale).
Vanishing gradients: in a deep sigmoid network the first layers&apos; gradients are
orders of magnitude smaller than the last layer&apos;s, so those layers barely learn.
Below: how far each step moves a layer&apos;s weights relative to their size;
around 1e-3 (the dashed line) is the usual rule of thumb.</source>
        <translation>各层权重梯度的大小，按更新次数绘制（对数刻度）。
梯度消失：在深层 sigmoid 网络中，前几层的梯度
比最后一层小几个数量级，因此这些层几乎学不到东西。
下图：每次更新使各层权重相对其大小移动了多少；
1e-3 左右（虚线）是常用的经验值。</translation>
    </message>
    <message>
        <source>Gradient norm of each layer</source>
        <translation>各层梯度的范数</translation>
    </message>
    <message>
        <source>Update-to-weight ratio of each layer</source>
        <translation>各层更新量与权重之比</translation>
    </message>
    <message>
        <source>gradient norm ||dL/dW||</source>
        <translation>梯度范数 ||dL/dW||</translation>
    </message>
    <message>
        <source>update / weight ||ΔW||/||W||</source>
        <translation>更新量 / 权重 ||ΔW||/||W||</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>1e-3 (rule of thumb)</source>
        <translation>1e-3（经验值）</translation>
    </message>
</context>
<context>
    <name>GraphStrip</name>
    <message>
        <source>forward</source>
        <translation>正向传播</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>check</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>{boxes}; now: {node}, {direction}</source>
        <translation>{boxes}；当前：{node}，{direction}</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
</context>
<context>
    <name>HiddenLayersEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>例如：{example}</translation>
    </message>
</context>
<context>
    <name>HistogramChoiceDialog</name>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>std 1</source>
        <translation>标准差 1</translation>
    </message>
    <message>
        <source>std 0.01</source>
        <translation>标准差 0.01</translation>
    </message>
    <message>
        <source>Activation histograms</source>
        <translation>激活值的分布</translation>
    </message>
    <message>
        <source>1,000 random inputs through 5 layers of 100 units: the 30-bin histogram of each layer&apos;s activations (ch06/weight_init_activation_histogram.py).</source>
        <translation>将 1,000 个随机输入通过 5 个 100 节点的层，画出每层激活值的 30 区间直方图（ch06/weight_init_activation_histogram.py）。</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>激活函数(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Initial weights</source>
        <translation>权重初始值(&amp;I)</translation>
    </message>
    <message>
        <source>The activation of the five hidden layers</source>
        <translation>5 个隐藏层的激活函数</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The initial weights&apos; standard deviation: 1 and 0.01 as the book&apos;s first figures, Xavier sqrt(1/n), He sqrt(2/n)</source>
        <translation>权重初始值的标准差：书中最初几幅图的 1 和 0.01，Xavier 为 sqrt(1/n)，He 为 sqrt(2/n)</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>权重初始值</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Draw the five histograms into the runs folder</source>
        <translation>将 5 个直方图绘制到记录文件夹中</translation>
    </message>
    <message>
        <source>Close without drawing</source>
        <translation>不绘制，直接关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>Cannot open {path}: there is no such file; check its name and folder.</source>
        <translation>无法打开 {path}：没有这个文件。请检查文件名和文件夹。</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is a folder, not an image; choose an image file in it.</source>
        <translation>无法打开 {path}：这是文件夹，不是图像。请选择其中的图像文件。</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is {kind}, not an image file; choose a PNG or JPEG file.</source>
        <translation>无法打开 {path}：这是{kind}，不是图像文件。请选择 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>Cannot open {path}: permission to read it is denied; allow reading it or copy it somewhere you can read.</source>
        <translation>无法打开 {path}：没有读取权限。请允许读取，或将其复制到可以读取的位置。</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}; check the file and try again.</source>
        <translation>无法打开 {path}：{reason}。请检查文件后重试。</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is larger than {size} MB, too large for a picture of a digit; save a smaller copy and open that.</source>
        <translation>无法打开 {path}：文件超过 {size} MB，作为数字图像太大。请保存一个较小的副本再打开。</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is not an image this app can read; choose a PNG, JPEG, BMP or GIF file.</source>
        <translation>无法打开 {path}：这不是本程序能读取的图像。请选择 PNG、JPEG、BMP 或 GIF 文件。</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is {width} x {height} pixels, more than the {most} million this app decodes; save a smaller copy (1000 px is plenty).</source>
        <translation>无法打开 {path}：图像为 {width} x {height} 像素，超过本程序可解码的 {most} 百万像素。请保存一个较小的副本（1000 px 就足够了）。</translation>
    </message>
    <message>
        <source>No digit in {path}: the image is blank (all one shade), so the pad keeps your drawing; open an image with a digit on it.</source>
        <translation>{path} 中没有数字：图像是空白的（全是同一种深浅），画板保留你的绘画。请打开带有数字的图像。</translation>
    </message>
    <message>
        <source>Cannot open {path}: reading it failed ({error}); try another copy of the image.</source>
        <translation>无法打开 {path}：读取失败（{error}）。请换一个图像副本再试。</translation>
    </message>
</context>
<context>
    <name>LayerHeatmap</name>
    <message>
        <source>unit of layer {layer} (the output: digit)</source>
        <translation>第 {layer} 层的神经元（输出：数字）</translation>
    </message>
    <message>
        <source>unit of layer {layer}</source>
        <translation>第 {layer} 层的神经元</translation>
    </message>
    <message>
        <source>input from layer {layer}</source>
        <translation>来自第 {layer} 层的输入</translation>
    </message>
    <message>
        <source>Weights heatmap</source>
        <translation>权重热图</translation>
    </message>
    <message>
        <source>Hover a cell to see its weight; drag to pan, wheel to zoom</source>
        <translation>将鼠标悬停在单元格上可查看权重；拖动可平移，滚轮可缩放</translation>
    </message>
</context>
<context>
    <name>LayerSelector</name>
    <message>
        <source>First-layer weights W1 (one 28x28 tile per hidden unit)</source>
        <translation>第 1 层的权重 W1（每个隐藏层神经元一个 28x28 图块）</translation>
    </message>
    <message>
        <source>{matrix}: 28x28 tiles</source>
        <translation>{matrix}：28x28 图块</translation>
    </message>
    <message>
        <source>Weights {name} ({rows} x {cols}): row i = input from layer {previous}, column j = unit of layer {layer}</source>
        <translation>权重 {name}（{rows} x {cols}）：第 i 行 = 来自第 {previous} 层的输入，第 j 列 = 第 {layer} 层的神经元</translation>
    </message>
    <message>
        <source>The weight matrix to show</source>
        <translation>要显示的权重矩阵</translation>
    </message>
    <message>
        <source>Weight matrix</source>
        <translation>权重矩阵</translation>
    </message>
</context>
<context>
    <name>LossPlotWidget</name>
    <message>
        <source>Loss per iteration</source>
        <translation>每次更新的损失函数值</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>x axis: from 0 to the last iteration, growing</source>
        <translation>x 轴：从 0 到最新一次更新（随之增长）</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>全程</translation>
    </message>
    <message>
        <source>x axis: the whole planned run</source>
        <translation>x 轴：计划的整个学习过程</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Show all the data again (after a zoom)</source>
        <translation>（缩放后）重新显示全部数据</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>损失函数图</translation>
    </message>
    <message>
        <source>The loss of each iteration (light) and smoothed (bold); drag to pan, wheel to zoom</source>
        <translation>每次更新的损失（浅色）及其平滑值（粗线）；拖动可平移，滚轮可缩放</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MNIST Trainer</source>
        <translation>MNIST Trainer</translation>
    </message>
    <message>
        <source>Show or hide {panel}</source>
        <translation>显示或隐藏“{panel}”</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Read a digit</source>
        <translation>识别数字</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>梯度确认</translation>
    </message>
    <message>
        <source>Optimizer lab</source>
        <translation>更新方法实验室</translation>
    </message>
    <message>
        <source>Experiment results</source>
        <translation>实验结果</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>识别错误</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>误差反向传播法</translation>
    </message>
    <message>
        <source>The settings need a fix</source>
        <translation>设置需要修改</translation>
    </message>
    <message>
        <source>{error}. Change it in the Training dock.</source>
        <translation>{error}。请在“训练”面板中修改。</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Training stopped because of an error:

{message}</source>
        <translation>训练因错误而停止：

{message}</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Training paused at iteration {iteration}: {reason}. The learning rate {rate} is too large: the weights have grown so far that the sigmoid units saturate, and the network cannot recover by itself. Reset and start again with a smaller rate (the book uses 0.1), or lower the rate and Resume to watch what happens.</source>
        <translation>在第 {iteration} 次更新时暂停了训练：{reason}。学习率 {rate} 过大：权重增长过多，sigmoid函数的输出已饱和，神经网络无法自行恢复。请重置并用较小的学习率重新开始（书中使用 0.1），或降低学习率后按“继续”，观察会发生什么。</translation>
    </message>
</context>
<context>
    <name>MistakesGallery</name>
    <message>
        <source>test image #{index}, labelled {label}
probabilities {listed}; {label} (the label): {probability}</source>
        <translation>测试图像 #{index}，标签 {label}
概率 {listed}；{label}（标签）：{probability}</translation>
    </message>
    <message>
        <source>Click an image, or press Enter on it, to put it on the drawing pad</source>
        <translation>点击图像或按 Enter，即可将其放到手写板上</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>还有 {count} 张</translation>
    </message>
</context>
<context>
    <name>MistakesPanel</name>
    <message>
        <source>First 20 mistakes (book)</source>
        <translation>前 20 个错误（书中）</translation>
    </message>
    <message>
        <source>Most confidently wrong first</source>
        <translation>最有把握的错误优先</translation>
    </message>
    <message>
        <source>The clicked cell&apos;s images</source>
        <translation>所点击单元格的图像</translation>
    </message>
    <message>
        <source>No network yet: train, and the test images it reads wrong show here.</source>
        <translation>还没有网络：开始训练后，识别错误的测试图像会显示在这里。</translation>
    </message>
    <message>
        <source>Reading the 10,000 test images…</source>
        <translation>正在识别 10,000 张测试图像…</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its images.</source>
        <translation>点击矩阵中的单元格查看其图像。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S):</translation>
    </message>
    <message>
        <source>Which test images the gallery shows</source>
        <translation>图库中显示哪些测试图像</translation>
    </message>
    <message>
        <source>Images to show</source>
        <translation>要显示的图像</translation>
    </message>
    <message>
        <source>Could not read the test images: {error}</source>
        <translation>无法识别测试图像：{error}</translation>
    </message>
    <message>
        <source>The first {count} of {wrong} mistakes, in test-set order (as the book&apos;s ch08/misclassified_mnist.py): label → reading (probability)</source>
        <translation>{wrong} 个错误中的前 {count} 个，按测试数据顺序（与书中 ch08/misclassified_mnist.py 相同）：标签 → 识别结果（概率）</translation>
    </message>
    <message>
        <source>The {wrong} mistakes, the most confidently wrong first</source>
        <translation>{wrong} 个错误，最有把握的在前</translation>
    </message>
    <message>
        <source>True “{true}”, read right: {count} images</source>
        <translation>真实“{true}”，识别正确：{count} 张</translation>
    </message>
    <message>
        <source>True “{true}”, read as “{read}”: {count} images</source>
        <translation>真实“{true}”，识别为“{read}”：{count} 张</translation>
    </message>
    <message>
        <source>(epoch {epoch}&apos;s matrix counted {counted}; the network has changed since)</source>
        <translation>（第 {epoch} 个 epoch 的矩阵计为 {counted}；此后网络已改变）</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>open a file saved with File &gt; Save model or `mnist-trainer train`</source>
        <translation>请打开用 文件 &gt; 保存模型 或 `mnist-trainer train` 保存的文件</translation>
    </message>
    <message>
        <source>the file is damaged or was not written by MNIST Trainer; save the model again</source>
        <translation>文件已损坏，或不是由 MNIST Trainer 写入的。请重新保存模型</translation>
    </message>
    <message>
        <source>{path} is not a model file ({what}); {fix}</source>
        <translation>{path} 不是模型文件（{what}）。{fix}</translation>
    </message>
    <message>
        <source>{path} holds Python objects in &apos;{key}&apos; (stored with pickle), which MNIST Trainer does not load because opening them can run code; {fix}</source>
        <translation>{path} 的 &apos;{key}&apos; 中保存了 Python 对象（用 pickle 存储）。打开它们可能会执行代码，因此 MNIST Trainer 不会加载。{fix}</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete ({problem}); it was probably cut short while being saved or copied: copy or save it again</source>
        <translation>{path} 已损坏或不完整（{problem}）。可能是在保存或复制时被中断了：请重新复制或保存</translation>
    </message>
    <message>
        <source>{path}: {problem}; {fix}</source>
        <translation>{path}：{problem}。{fix}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 等另外 {count} 个</translation>
    </message>
    <message>
        <source>{path} does not exist; check the name and folder, or {fix}</source>
        <translation>{path} 不存在。请检查文件名和文件夹，或者{fix}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file; choose the model.npz inside it</source>
        <translation>{path} 是文件夹，不是模型文件。请选择其中的 model.npz</translation>
    </message>
    <message>
        <source>{path} cannot be read: you do not have permission to read it; ask its owner for read permission, or open a copy you may read</source>
        <translation>无法读取 {path}：你没有读取权限。请向其所有者申请读取权限，或打开一个你能读取的副本</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is {kind}); {fix}</source>
        <translation>{path} 不是普通文件（它是{kind}）。{fix}</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}); check that you may read it</source>
        <translation>无法读取 {path}（{reason}）。请检查你是否有读取权限</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>什么都没有</translation>
    </message>
    <message>
        <source>{path} is not a model saved by MNIST Trainer (no W1 in it; it holds {names}); {fix}</source>
        <translation>{path} 不是 MNIST Trainer 保存的模型（其中没有 W1；包含的是 {names}）。{fix}</translation>
    </message>
    <message>
        <source>{path} holds entries a model file of its network does not have: {names}; {fix}</source>
        <translation>{path} 中有该网络的模型文件不应有的条目：{names}。{fix}</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>it is a PNG image</source>
        <translation>这是 PNG 图像</translation>
    </message>
    <message>
        <source>it is a single NumPy array (.npy), not an .npz model</source>
        <translation>这是单个 NumPy 数组（.npy），不是 .npz 模型</translation>
    </message>
    <message>
        <source>its contents are not an .npz archive</source>
        <translation>内容不是 .npz 归档</translation>
    </message>
    <message>
        <source>it is a text file</source>
        <translation>这是文本文件</translation>
    </message>
    <message>
        <source>the training it comes from diverged: train again with a smaller learning rate and save that model</source>
        <translation>它来自的训练已发散：请用更小的学习率重新训练，并保存那个模型</translation>
    </message>
    <message>
        <source>extra must be a dict</source>
        <translation>extra 必须是 dict</translation>
    </message>
    <message>
        <source>extra is not plain JSON data ({error})</source>
        <translation>extra 不是普通的 JSON 数据（{error}）</translation>
    </message>
    <message>
        <source>cannot save the model to {path}: {problem}</source>
        <translation>无法将模型保存到 {path}：{problem}</translation>
    </message>
    <message>
        <source>it has no {names} although it says it is format {version}</source>
        <translation>它声明为格式 {version}，却没有 {names}</translation>
    </message>
    <message>
        <source>it was not written by MNIST Trainer (its app entry differs)</source>
        <translation>它不是由 MNIST Trainer 写入的（app 条目不同）</translation>
    </message>
    <message>
        <source>its config describes a network format {version} does not hold</source>
        <translation>其 config 描述的网络是格式 {version} 无法保存的</translation>
    </message>
    <message>
        <source>its {name} is not a whole number (dtype {dtype}, {shape})</source>
        <translation>其 {name} 不是整数（dtype {dtype}，{shape}）</translation>
    </message>
    <message>
        <source>its {name} entry is not text (dtype {dtype}, {shape})</source>
        <translation>其 {name} 条目不是文本（dtype {dtype}，{shape}）</translation>
    </message>
    <message>
        <source>its {name} entry is too long ({count} characters; at most {most})</source>
        <translation>其 {name} 条目太长（{count} 个字符；最多 {most}）</translation>
    </message>
    <message>
        <source>its {name} entry is {problem}</source>
        <translation>其 {name} 条目：{problem}</translation>
    </message>
    <message>
        <source>it has no format_version, so it was not written by MNIST Trainer</source>
        <translation>它没有 format_version，所以不是由 MNIST Trainer 写入的</translation>
    </message>
    <message>
        <source>it was saved by a newer MNIST Trainer (model format {version}; this version reads formats {formats} and {last})</source>
        <translation>它由较新的 MNIST Trainer 保存（模型格式 {version}；本版本可读取格式 {formats} 和 {last}）</translation>
    </message>
    <message>
        <source>update the app to open it</source>
        <translation>请更新本程序后再打开</translation>
    </message>
    <message>
        <source>its format_version {version} is not one MNIST Trainer ever wrote</source>
        <translation>其 format_version {version} 不是 MNIST Trainer 写过的格式</translation>
    </message>
    <message>
        <source>its config is not a JSON object of settings</source>
        <translation>其 config 不是设置的 JSON 对象</translation>
    </message>
    <message>
        <source>its config is invalid: {problem}</source>
        <translation>其 config 无效：{problem}</translation>
    </message>
    <message>
        <source>its config has a setting of the wrong type ({problem})</source>
        <translation>其 config 中有类型错误的设置（{problem}）</translation>
    </message>
    <message>
        <source>its config has settings this version does not know: {names}</source>
        <translation>其 config 中有本版本不认识的设置：{names}</translation>
    </message>
    <message>
        <source>it may come from a newer MNIST Trainer: update the app, or save the model again</source>
        <translation>它可能来自较新的 MNIST Trainer：请更新本程序，或重新保存模型</translation>
    </message>
    <message>
        <source>{sizes} with batch norm</source>
        <translation>{sizes}（有 Batch Norm）</translation>
    </message>
    <message>
        <source>it has entries that a {network} network trained with {optimizer} does not have: {names}</source>
        <translation>其中有用 {optimizer} 训练的 {network} 网络所没有的条目：{names}</translation>
    </message>
    <message>
        <source>its {what} have the shapes {found}, where its config needs {needed}</source>
        <translation>其{what}的形状为 {found}，而其 config 需要 {needed}</translation>
    </message>
    <message>
        <source>{key} holds {count} NaN or infinite values</source>
        <translation>{key} 中有 {count} 个 NaN 或无穷大的值</translation>
    </message>
    <message>
        <source>it has no {names}, which its config&apos;s {network} network has</source>
        <translation>其中没有其 config 的 {network} 网络所具有的 {names}</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>its weights are {dtypes}, not all float32 or all float64</source>
        <translation>其权重为 {dtypes}，既不全是 float32 也不全是 float64</translation>
    </message>
    <message>
        <source>its {key} is {dtype}, not float32 or float64</source>
        <translation>其 {key} 为 {dtype}，不是 float32 或 float64</translation>
    </message>
    <message>
        <source>it has some of batch norm&apos;s running statistics but not {names}</source>
        <translation>其中有 Batch Norm 的部分移动平均统计量，但没有 {names}</translation>
    </message>
    <message>
        <source>batch norm statistics</source>
        <translation>Batch Norm 统计量</translation>
    </message>
    <message>
        <source>its batch norm variances {names} hold negative values</source>
        <translation>其 Batch Norm 方差 {names} 中有负值</translation>
    </message>
    <message>
        <source>its {key} {step} is negative</source>
        <translation>其 {key} {step} 为负数</translation>
    </message>
    <message>
        <source>it has part of the {optimizer} optimizer&apos;s state, without {names}</source>
        <translation>其中只有 {optimizer} 状态的一部分，没有 {names}</translation>
    </message>
    <message>
        <source>its {key} is 0 but it has Adam&apos;s moments m and v</source>
        <translation>其 {key} 为 0，却有 Adam 的矩 m 和 v</translation>
    </message>
    <message>
        <source>optimizer state</source>
        <translation>更新方法的状态</translation>
    </message>
    <message>
        <source>the training it comes from diverged: train again and save that model</source>
        <translation>它来自的训练已发散：请重新训练并保存那个模型</translation>
    </message>
    <message>
        <source>its sums of squared gradients {names} hold negative values</source>
        <translation>其梯度平方和 {names} 中有负值</translation>
    </message>
    <message>
        <source>its iterations_done {done} is not between 0 and {most}</source>
        <translation>其 iterations_done {done} 不在 0 到 {most} 之间</translation>
    </message>
    <message>
        <source>its metrics_losses are {dtype} {shape}, not (N,) floats</source>
        <translation>其 metrics_losses 为 {dtype} {shape}，不是 (N,) 浮点数</translation>
    </message>
    <message>
        <source>it has {count} losses but iterations_done is {done}; pass iterations_done=len(losses)</source>
        <translation>有 {count} 个损失，但 iterations_done 为 {done}；请传入 iterations_done=len(losses)</translation>
    </message>
    <message>
        <source>its metrics_epochs are {dtype} {shape}, not (E, 4) floats</source>
        <translation>其 metrics_epochs 为 {dtype} {shape}，不是 (E, 4) 浮点数</translation>
    </message>
    <message>
        <source>its metrics_epochs have {count} rows, more than {iterations} iterations can measure</source>
        <translation>其 metrics_epochs 有 {count} 行，超过了 {iterations} 次迭代所能测量的数量</translation>
    </message>
    <message>
        <source>its metrics_epochs hold NaN or infinite values</source>
        <translation>其 metrics_epochs 中有 NaN 或无穷大的值</translation>
    </message>
    <message>
        <source>its metrics_epochs have epochs or iterations that are not whole numbers</source>
        <translation>其 metrics_epochs 中有不是整数的 epoch 或迭代次数</translation>
    </message>
    <message>
        <source>its metrics_epochs have iterations beyond iterations_done or accuracies outside 0..1</source>
        <translation>其 metrics_epochs 中有超过 iterations_done 的迭代，或在 0..1 之外的识别精度</translation>
    </message>
    <message>
        <source>its extra entry is not a JSON object</source>
        <translation>其 extra 条目不是 JSON 对象</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>its {key} entry holds Python objects (stored with pickle)</source>
        <translation>其 {key} 条目中保存了 Python 对象（用 pickle 存储）</translation>
    </message>
    <message>
        <source>it has {count} members, more than {most}</source>
        <translation>它有 {count} 个成员，超过了 {most}</translation>
    </message>
    <message>
        <source>its {key} entry unpacks to {size} bytes, more than the {most} it may have</source>
        <translation>其 {key} 条目解压后为 {size} 字节，超过了允许的 {most}</translation>
    </message>
    <message>
        <source>its {key} entry holds {size} bytes of data but its header declares {declared}</source>
        <translation>其 {key} 条目有 {size} 字节数据，但其头部声明为 {declared}</translation>
    </message>
    <message>
        <source>it uses zip64 records, which only archives of 4 GB or 65,535 members need</source>
        <translation>它使用了 zip64 记录，只有 4 GB 或 65,535 个成员的归档才需要</translation>
    </message>
    <message>
        <source>it declares {count} members in {size} bytes of contents, more than {most}</source>
        <translation>它在 {size} 字节的目录中声明了 {count} 个成员，超过了 {most}</translation>
    </message>
    <message>
        <source>.npy format {version} is not read here</source>
        <translation>此处不读取 .npy 格式 {version}</translation>
    </message>
    <message>
        <source>its {key} entry declares the shape {shape}</source>
        <translation>其 {key} 条目声明的形状为 {shape}</translation>
    </message>
    <message>
        <source>its {key} entry declares {dtype} {shape} ({size} bytes), more than the {most} bytes it may have</source>
        <translation>其 {key} 条目声明为 {dtype} {shape}（{size} 字节），超过了允许的 {most} 字节</translation>
    </message>
    <message>
        <source>the data ends after {done} of {size} bytes</source>
        <translation>数据在 {size} 字节中的第 {done} 字节处结束</translation>
    </message>
</context>
<context>
    <name>MyDigits</name>
    <message>
        <source>delete or rename the file to start a new set</source>
        <translation>请删除或重命名该文件以开始新的集合</translation>
    </message>
    <message>
        <source>a digit is 28x28 pixels; this image has shape {shape}</source>
        <translation>数字为 28x28 像素；此图像的形状为 {shape}</translation>
    </message>
    <message>
        <source>a digit&apos;s pixels are uint8 or floats, not {dtype}</source>
        <translation>数字的像素须为 uint8 或浮点数，不能是 {dtype}</translation>
    </message>
    <message>
        <source>the image holds NaN or infinite pixels</source>
        <translation>图像中有 NaN 或无穷大的像素</translation>
    </message>
    <message>
        <source>a digit&apos;s label is a whole number from 0 to 9, not {label}</source>
        <translation>数字的标签须为 0 到 9 的整数，不能是 {label}</translation>
    </message>
    <message>
        <source>{path} is not a regular file; {fix}</source>
        <translation>{path} 不是普通文件。{fix}</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); check its permissions</source>
        <translation>无法读取 {path}（{reason}）。请检查其权限</translation>
    </message>
    <message>
        <source>{path} is too large to be a set; {fix}</source>
        <translation>{path} 太大，不可能是一个集合。{fix}</translation>
    </message>
    <message>
        <source>{path}: {problem}; {fix}</source>
        <translation>{path}：{problem}。{fix}</translation>
    </message>
    <message>
        <source>every image needs one label</source>
        <translation>每个图像都需要一个标签</translation>
    </message>
    <message>
        <source>a set holds at most {most} drawings; it has {count}: remove some first</source>
        <translation>一个集合最多保存 {most} 幅绘画，现有 {count} 幅：请先删除一些</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason}); the set is unchanged; check that the folder may be written and the disk has room</source>
        <translation>无法写入 {path}（{reason}）；集合未改变。请检查文件夹是否可写、磁盘是否有空间</translation>
    </message>
    <message>
        <source>it is not a set of drawings (unexpected contents)</source>
        <translation>它不是绘画集合（内容不符）</translation>
    </message>
    <message>
        <source>it is damaged or not a set ({problem})</source>
        <translation>它已损坏或不是集合（{problem}）</translation>
    </message>
    <message>
        <source>it was written by another version of MNIST Trainer</source>
        <translation>它由另一个版本的 MNIST Trainer 写入</translation>
    </message>
    <message>
        <source>its images are not 28x28 uint8 pixels, one per label</source>
        <translation>其图像不是每个标签一幅的 28x28 uint8 像素</translation>
    </message>
    <message>
        <source>its labels are not digits from 0 to 9</source>
        <translation>其标签不是 0 到 9 的数字</translation>
    </message>
    <message>
        <source>its drawings&apos; ids are missing or repeated</source>
        <translation>其绘画的 ID 缺失或重复</translation>
    </message>
    <message>
        <source>its next id is missing or not above every drawing&apos;s</source>
        <translation>其下一个 ID 缺失，或不大于所有绘画的 ID</translation>
    </message>
    <message>
        <source>{path} is not an empty folder; choose a new or empty folder</source>
        <translation>{path} 不是空文件夹。请选择新的或空的文件夹</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason}); nothing was exported; check that the folder may be written and the disk has room</source>
        <translation>无法写入 {path}（{reason}）；未导出任何内容。请检查文件夹是否可写、磁盘是否有空间</translation>
    </message>
    <message>
        <source>it is {kind}, not an image file</source>
        <translation>它是{kind}，不是图像文件</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>it is too large to be a 28x28 digit</source>
        <translation>作为 28x28 的数字太大了</translation>
    </message>
    <message>
        <source>it is not a PNG image</source>
        <translation>不是 PNG 图像</translation>
    </message>
    <message>
        <source>it is {width}x{height} pixels, not 28x28</source>
        <translation>它是 {width}x{height} 像素，不是 28x28</translation>
    </message>
    <message>
        <source>it is a damaged PNG</source>
        <translation>这是损坏的 PNG</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); choose a folder of PNGs</source>
        <translation>无法读取 {path}（{reason}）。请选择存放 PNG 的文件夹</translation>
    </message>
    <message>
        <source>its name does not start with its label (like 7_0001.png)</source>
        <translation>文件名不是以标签开头（应如 7_0001.png）</translation>
    </message>
    <message>
        <source>only {count} files are read</source>
        <translation>最多只读取 {count} 个文件</translation>
    </message>
</context>
<context>
    <name>MyDigitsWidget</name>
    <message>
        <source>Your drawings and their true labels; ✓ or ✗: how the model chosen on the right reads them</source>
        <translation>你的手写数字及其正确解标签；✓ 或 ✗：右侧所选模型的识别结果</translation>
    </message>
    <message>
        <source>My digits gallery</source>
        <translation>我的数字图库</translation>
    </message>
    <message>
        <source>Accuracy of each model on your digits; choose a row to mark the drawings</source>
        <translation>各模型在你的数字上的识别精度；选择一行即可标记图库中的数字</translation>
    </message>
    <message>
        <source>Scores on my digits</source>
        <translation>我的数字上的识别精度</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>识别精度</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字数</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write your digits as PNG files named by their label (7_0001.png) into a new folder</source>
        <translation>将你的数字以标签命名的 PNG 文件（7_0001.png）写入新文件夹</translation>
    </message>
    <message>
        <source>Export my digits</source>
        <translation>导出我的数字</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add the 28x28 PNG files of a folder: named by their label (7_0001.png) or in sub-folders 0 to 9</source>
        <translation>添加文件夹中 28x28 的 PNG 文件：以标签命名（7_0001.png）或放在子文件夹 0 到 9 中</translation>
    </message>
    <message>
        <source>Import digits</source>
        <translation>导入数字</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected drawings (Delete)</source>
        <translation>删除所选数字（Delete）</translation>
    </message>
    <message>
        <source>Remove the selected drawings</source>
        <translation>删除所选数字</translation>
    </message>
    <message>
        <source>My digits message</source>
        <translation>我的数字消息</translation>
    </message>
    <message>
        <source>Could not read My digits: {error}</source>
        <translation>无法读取我的数字：{error}</translation>
    </message>
    <message>
        <source>Could not score the saved runs: {error}</source>
        <translation>无法评估已保存的训练记录：{error}</translation>
    </message>
    <message>
        <source>No drawings yet: draw a digit, choose its label and press Save to my digits.</source>
        <translation>还没有数字：画一个数字，选择标签，然后点击“保存到我的数字”。</translation>
    </message>
    <message>
        <source>Drawings: {count}</source>
        <translation>数字：{count}</translation>
    </message>
    <message>
        <source>Live network</source>
        <translation>当前网络</translation>
    </message>
    <message>
        <source>This run has no saved model.</source>
        <translation>此训练记录没有保存模型。</translation>
    </message>
    <message>
        <source>This run was trained on another dataset, not on digits.</source>
        <translation>此训练使用的是其他数据集，而不是数字。</translation>
    </message>
    <message>
        <source>Remove the selected drawings from My digits ({count})?</source>
        <translation>要从我的数字中删除所选的数字（{count} 个）吗？</translation>
    </message>
    <message>
        <source>Remove drawings</source>
        <translation>删除数字</translation>
    </message>
    <message>
        <source>Could not remove: {error}</source>
        <translation>无法删除：{error}</translation>
    </message>
    <message>
        <source>Removed drawings: {count}</source>
        <translation>已删除的数字：{count}</translation>
    </message>
    <message>
        <source>Export my digits into a new or empty folder</source>
        <translation>将我的数字导出到新的或空的文件夹</translation>
    </message>
    <message>
        <source>Import digits from a folder of PNGs</source>
        <translation>从 PNG 文件夹导入数字</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>无法导出：{error}</translation>
    </message>
    <message>
        <source>Exported {count} drawings to {folder}</source>
        <translation>已将 {count} 个数字导出到 {folder}</translation>
    </message>
    <message>
        <source>Could not import: {error}</source>
        <translation>无法导入：{error}</translation>
    </message>
    <message>
        <source>Added {added} drawings; skipped {skipped} files.</source>
        <translation>已添加 {added} 个数字；跳过了 {skipped} 个文件。</translation>
    </message>
    <message>
        <source>True label: {label}</source>
        <translation>正确解标签：{label}</translation>
    </message>
    <message>
        <source>True label: {label}; the model reads {read}</source>
        <translation>正确解标签：{label}；模型识别为 {read}</translation>
    </message>
</context>
<context>
    <name>MyDigitsWindow</name>
    <message>
        <source>My digits</source>
        <translation>我的数字</translation>
    </message>
    <message>
        <source>Export for the &amp;book&apos;s scripts…</source>
        <translation>导出供书中脚本使用(&amp;B)…</translation>
    </message>
    <message>
        <source>Write the network&apos;s params as the book&apos;s save_params does (a pickle): only for the book&apos;s own scripts</source>
        <translation>以书中 save_params 的格式（pickle）写出网络的 params：仅供书中的脚本使用</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>Train a network first (Start or Step).</source>
        <translation>请先训练网络（“开始”或“单步”）。</translation>
    </message>
    <message>
        <source>Export for the book&apos;s scripts</source>
        <translation>导出供书中脚本使用</translation>
    </message>
    <message>
        <source>Pickle for the book&apos;s scripts (*.pkl)</source>
        <translation>供书中脚本使用的 pickle (*.pkl)</translation>
    </message>
    <message>
        <source>Saved {file} for the book&apos;s scripts</source>
        <translation>已保存供书中脚本使用的 {file}</translation>
    </message>
    <message>
        <source>Batch Normalization</source>
        <translation>Batch Normalization</translation>
    </message>
    <message>
        <source>The book&apos;s params hold gamma and beta but not the running mean and variance of Batch Normalization, which the book&apos;s scripts build only while training: right after loading, their predictions are off.</source>
        <translation>书中的 params 包含 gamma 和 beta，但不包含 Batch Normalization 的移动平均值和方差，书中的脚本只在训练时生成它们：刚加载后的推理结果会有偏差。</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsWidget</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Units in each hidden layer, input to output: 50 is the book&apos;s 784-50-10 network, 100, 100, 100, 100 chapter 6&apos;s deep one ({help})</source>
        <translation>从输入到输出各隐藏层的神经元数量：50 是书中的 784-50-10 网络，100, 100, 100, 100 是第6章的深层网络（{help}）</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The hidden layers&apos; activation function: sigmoid (chapter 4), ReLU or tanh</source>
        <translation>隐藏层的激活函数：sigmoid（第4章）、ReLU 或 tanh</translation>
    </message>
    <message>
        <source>Weight init</source>
        <translation>权重初始值</translation>
    </message>
    <message>
        <source>Initial weights: a fixed standard deviation (chapter 4: 0.01), Xavier (sqrt(1/n), suits sigmoid and tanh) or He (sqrt(2/n), suits ReLU), n being the size of the layer before</source>
        <translation>权重初始值：固定的标准差（第4章：0.01）、Xavier 初始值（sqrt(1/n)，适合 sigmoid 和 tanh）或 He 初始值（sqrt(2/n)，适合 ReLU），n 为前一层的神经元数量</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Init std</source>
        <translation>初始值标准差</translation>
    </message>
    <message>
        <source>Standard deviation of the initial weights (when &quot;{std}&quot; is chosen)</source>
        <translation>权重初始值的标准差（选择“{std}”时）</translation>
    </message>
</context>
<context>
    <name>NetworkText</name>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>std {value}</source>
        <translation>标准差 {value}</translation>
    </message>
    <message>
        <source>{optimizer} lr {rate}</source>
        <translation>{optimizer} 学习率 {rate}</translation>
    </message>
    <message>
        <source>weight decay {value}</source>
        <translation>权值衰减 {value}</translation>
    </message>
    <message>
        <source>dropout {value}</source>
        <translation>Dropout {value}</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>Batch Norm</translation>
    </message>
    <message>
        <source>{network}: {count} parameters</source>
        <translation>{network}：{count} 个参数</translation>
    </message>
    <message>
        <source>settings unknown, {count} iterations</source>
        <translation>设置未知，更新 {count} 次</translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation>更新 {count} 次</translation>
    </message>
    <message>
        <source>{done} of {total} iterations</source>
        <translation>更新 {done}/{total} 次</translation>
    </message>
    <message>
        <source>{layers}, lr {rate}, batch {batch}, {iterations}</source>
        <translation>{layers}，学习率 {rate}，mini-batch {batch}，{iterations}</translation>
    </message>
    <message>
        <source>{layers}, {activation}, {optimizer}, batch {batch}, {iterations}</source>
        <translation>{layers}，{activation}，{optimizer}，mini-batch {batch}，{iterations}</translation>
    </message>
</context>
<context>
    <name>OptimizerLabWidget</name>
    <message>
        <source>Hover over a point of a path (or click the plot and use the arrow keys) to see the step that reached it, with its numbers.</source>
        <translation>将鼠标悬停在路径上的点上（或点击图后使用方向键），即可显示到达该点的那次更新及其数值。</translation>
    </message>
    <message>
        <source>The book&apos;s bowl with each optimizer&apos;s 30 steps; hover over a point, or use the arrow keys, to see its step</source>
        <translation>书中的碗状函数及各更新方法的 30 步；悬停在点上或使用方向键可查看该步</translation>
    </message>
    <message>
        <source>Optimizer paths</source>
        <translation>更新方法的路径</translation>
    </message>
    <message>
        <source>The update of the point under the mouse, with its numbers</source>
        <translation>鼠标下方点的更新及其数值</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>更新详情</translation>
    </message>
    <message>
        <source>Book&apos;s learning rates</source>
        <translation>书中的学习率</translation>
    </message>
    <message>
        <source>Set every learning rate back to optimizer_compare_naive.py&apos;s: SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3</source>
        <translation>将所有学习率恢复为 optimizer_compare_naive.py 的值：SGD 0.95，Momentum 0.1，AdaGrad 1.5，Adam 0.3</translation>
    </message>
    <message>
        <source>Show or hide {optimizer}&apos;s path</source>
        <translation>显示或隐藏 {optimizer} 的路径</translation>
    </message>
    <message>
        <source>Show {optimizer}</source>
        <translation>显示 {optimizer}</translation>
    </message>
    <message>
        <source>{optimizer}&apos;s learning rate, {low} to {high} on a log scale (the book uses {book}); the arrow keys and Page Up/Down move it</source>
        <translation>{optimizer} 的学习率，对数刻度 {low} 到 {high}（书中为 {book}）；可用方向键和 Page Up/Down 调整</translation>
    </message>
    <message>
        <source>{optimizer} learning rate</source>
        <translation>{optimizer} 的学习率</translation>
    </message>
    <message>
        <source>{optimizer}&apos;s learning rate</source>
        <translation>{optimizer} 的学习率</translation>
    </message>
    <message>
        <source>{optimizer} learning rate value</source>
        <translation>{optimizer} 的学习率数值</translation>
    </message>
    <message>
        <source>lr {lr} (diverges)</source>
        <translation>学习率 {lr}（发散）</translation>
    </message>
    <message>
        <source>lr {lr}</source>
        <translation>学习率 {lr}</translation>
    </message>
    <message>
        <source>Start: W = (x, y) = ({x}, {y}); every path begins here.
Hover over a later point to see the step that reached it.</source>
        <translation>起点：W = (x, y) = ({x}, {y})；所有路径都从这里开始。
悬停在后面的点上可查看到达该点的更新。</translation>
    </message>
    <message>
        <source>{optimizer}, step {step} ({settings})</source>
        <translation>{optimizer}，第 {step} 次更新（{settings}）</translation>
    </message>
</context>
<context>
    <name>OptimizerSettingsWidget</name>
    <message>
        <source>Optimizer</source>
        <translation>更新方法</translation>
    </message>
    <message>
        <source>How the gradient updates the weights (chapter 6). Choosing one sets the learning rate to the book&apos;s default for it: {rates}.</source>
        <translation>用梯度更新权重的方法（第6章）。选择后学习率会设为书中的默认值：{rates}。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>The optimizer&apos;s step size (lr); can be changed while training (applies from the next iteration)</source>
        <translation>更新的步长（lr）；训练中也可修改，从下一次更新起生效</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Momentum and Nesterov: how much velocity is kept</source>
        <translation>Momentum 和 Nesterov：保留多少速度</translation>
    </message>
    <message>
        <source>Decay rate</source>
        <translation>衰减率</translation>
    </message>
    <message>
        <source>RMSprop: how much of the running average of squared gradients is kept</source>
        <translation>RMSprop：保留多少梯度平方的移动平均</translation>
    </message>
    <message>
        <source>Beta 1</source>
        <translation>β1</translation>
    </message>
    <message>
        <source>Adam: decay of the running mean of the gradients</source>
        <translation>Adam：梯度移动平均的衰减率</translation>
    </message>
    <message>
        <source>Beta 2</source>
        <translation>β2</translation>
    </message>
    <message>
        <source>Adam: decay of the running mean of the squared gradients</source>
        <translation>Adam：梯度平方移动平均的衰减率</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Transforms</source>
        <translation>变换</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>降采样</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>透明度</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Plot Options</source>
        <translation>绘图选项</translation>
    </message>
</context>
<context>
    <name>RaceAccuracyPlot</name>
    <message>
        <source>epochs</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>识别精度</translation>
    </message>
    <message>
        <source>Each contestant&apos;s accuracy per epoch: train solid with circles, test dashed</source>
        <translation>每个参赛者每个 epoch 的识别精度：训练数据为实线加圆点，测试数据为虚线</translation>
    </message>
    <message>
        <source>Race accuracy plot</source>
        <translation>比赛识别精度图</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>RaceLossPlot</name>
    <message>
        <source>Loss per iteration (smoothed: the book&apos;s smooth_curve)</source>
        <translation>每次更新的损失（平滑：书中的 smooth_curve）</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Raw losses</source>
        <translation>原始损失</translation>
    </message>
    <message>
        <source>Show every contestant&apos;s raw losses under its smoothed curve</source>
        <translation>在每个参赛者的平滑曲线下显示其原始损失</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Follow the data again, with y fitted to what is shown</source>
        <translation>重新跟随数据，并让 y 轴适应当前显示的数据</translation>
    </message>
    <message>
        <source>Fit the loss plot</source>
        <translation>完整显示损失图</translation>
    </message>
    <message>
        <source>Each contestant&apos;s loss in its colour: faint raw, solid smoothed</source>
        <translation>每个参赛者的损失用其颜色显示：浅色为原始值，实线为平滑值</translation>
    </message>
    <message>
        <source>Race loss plot</source>
        <translation>比赛损失图</translation>
    </message>
</context>
<context>
    <name>RaceSetupWidget</name>
    <message>
        <source>Race</source>
        <translation>比赛</translation>
    </message>
    <message>
        <source>The contestants of the next race, named by what differs between them; double-click one or press Enter to show its settings in the dock, Delete to remove it</source>
        <translation>下一场比赛的参赛者（按彼此不同之处命名）；双击或按 Enter 在“训练”面板中显示其设置，按 Delete 删除</translation>
    </message>
    <message>
        <source>Race contestants</source>
        <translation>比赛参赛者</translation>
    </message>
    <message>
        <source>Add to race</source>
        <translation>加入比赛</translation>
    </message>
    <message>
        <source>Add the settings above as a contestant (2 to 6)</source>
        <translation>将上面的设置添加为参赛者（2 到 6 个）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected contestant</source>
        <translation>删除所选参赛者</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every contestant</source>
        <translation>删除所有参赛者</translation>
    </message>
    <message>
        <source>Start race</source>
        <translation>开始比赛</translation>
    </message>
    <message>
        <source>Train every contestant at once, on the same minibatches, each in its own process; Pause, Step, Stop and Reset then act on the whole race</source>
        <translation>所有参赛者在相同的 mini-batch 上同时学习，各自在独立进程中；“暂停”“单步”“停止”和“重置”将作用于整场比赛</translation>
    </message>
</context>
<context>
    <name>RaceTable</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Best test acc</source>
        <translation>最佳测试精度</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>it/s</source>
        <translation>次/秒</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>更新方法</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>权重初始值</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权值衰减</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch Norm</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>mini-batch</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Iterations planned</source>
        <translation>计划更新次数</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽样方式</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>batch {batch}, {iterations} iterations on the first {images} training images, {sampling} sampling</source>
        <translation>mini-batch {batch}，在前 {images} 张训练数据上更新 {iterations} 次，{sampling}</translation>
    </message>
    <message>
        <source>batch {batch}, {iterations} iterations on all training images, {sampling} sampling</source>
        <translation>mini-batch {batch}，在全部训练数据上更新 {iterations} 次，{sampling}</translation>
    </message>
    <message>
        <source>seed {seed}, batch seed {batch_seed}</source>
        <translation>种子 {seed}，mini-batch 种子 {batch_seed}</translation>
    </message>
    <message>
        <source>One row per contestant: the settings that differ, highlighted, then its progress; select a row to see that contestant&apos;s weights and settings</source>
        <translation>每个参赛者一行：不同的设置（高亮显示）及其进度；选择一行可查看该参赛者的权重和设置</translation>
    </message>
    <message>
        <source>Race table</source>
        <translation>比赛表格</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>参赛者</translation>
    </message>
</context>
<context>
    <name>RaceTexts</name>
    <message>
        <source>{optimizer} lr {lr}</source>
        <translation>{optimizer} 学习率 {lr}</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>有放回抽样</translation>
    </message>
    <message>
        <source>shuffle</source>
        <translation>打乱顺序</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>误差反向传播法</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>数值微分</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>weight decay {value}</source>
        <translation>权值衰减 {value}</translation>
    </message>
    <message>
        <source>dropout {value}</source>
        <translation>Dropout {value}</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>有 Batch Norm</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>无 Batch Norm</translation>
    </message>
    <message>
        <source>decay {value}</source>
        <translation>衰减率 {value}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>mini-batch {size}</translation>
    </message>
    <message>
        <source>all images</source>
        <translation>全部图像</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} 张图像</translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation>{count} 次</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>种子 {seed}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>{network}: {count} parameters</source>
        <translation>{network}：{count} 个参数</translation>
    </message>
</context>
<context>
    <name>ReadingBarsWidget</name>
    <message>
        <source>The probability of each class; the darker bar is the network&apos;s answer</source>
        <translation>每个类别的概率；颜色较深的条是网络的答案</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Activation of each hidden unit; green: the units that pushed hardest towards the answer (outlined in the weights view too)</source>
        <translation>隐藏层每个神经元的激活值；绿色：对答案贡献最大的神经元（在权重视图中也会框出）</translation>
    </message>
    <message>
        <source>Hidden unit activations</source>
        <translation>隐藏层的激活值</translation>
    </message>
    <message>
        <source>probabilities</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>hidden units z{layer}</source>
        <translation>隐藏层 z{layer}</translation>
    </message>
</context>
<context>
    <name>RegularisationSettingsWidget</name>
    <message>
        <source>Regularisation</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权值衰减</translation>
    </message>
    <message>
        <source>L2 weight decay lambda: the loss gains 0.5 * lambda * sum(W**2) for every layer (the book&apos;s overfitting experiment uses 0.1); 0 is off</source>
        <translation>L2 权值衰减的 λ：每一层的损失函数加上 0.5 * lambda * sum(W**2)（书中的过拟合实验用 0.1）；0 为关闭</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Share of hidden units dropped at random in each training iteration (the book tries 0.2); 0 is off</source>
        <translation>每次训练更新时随机删除的隐藏层神经元比例（书中用 0.2）；0 为关闭</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Batch Normalization</translation>
    </message>
    <message>
        <source>Normalise every hidden layer&apos;s input over the batch (with a learnt scale and shift) after its Affine layer</source>
        <translation>在每个隐藏层的 Affine层之后，按 mini-batch 对输入进行正规化（缩放和平移也参与学习）</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>the training process could not be started</source>
        <translation>无法启动训练进程</translation>
    </message>
    <message>
        <source>This run will not be saved in {folder}: {error}</source>
        <translation>本次训练不会保存到 {folder}：{error}</translation>
    </message>
    <message>
        <source>Could not save the run in {folder}: {error}</source>
        <translation>无法将训练记录保存到 {folder}：{error}</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Paused: diverged</source>
        <translation>已暂停：发散</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Phase of the run</source>
        <translation>训练状态</translation>
    </message>
    <message>
        <source>Iterations done</source>
        <translation>已完成的更新次数</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Train and test accuracy</source>
        <translation>训练数据和测试数据的识别精度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>train / test acc -</source>
        <translation>识别精度 训练 / 测试 -</translation>
    </message>
    <message>
        <source>train / test acc {train} / {test}</source>
        <translation>识别精度 训练 / 测试 {train} / {test}</translation>
    </message>
    <message>
        <source>{rate} it/s</source>
        <translation>{rate} 次/秒</translation>
    </message>
    <message>
        <source>elapsed {elapsed}, ETA {eta}</source>
        <translation>已用 {elapsed}，剩余 {eta}</translation>
    </message>
    <message>
        <source>trained {elapsed}</source>
        <translation>训练时间 {elapsed}</translation>
    </message>
    <message>
        <source>iteration {done} / {total}</source>
        <translation>更新次数 {done} / {total}</translation>
    </message>
    <message>
        <source>epoch -</source>
        <translation>epoch -</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>epoch {epoch}</translation>
    </message>
    <message>
        <source>loss -</source>
        <translation>损失 -</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>损失 {loss}</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>it is a symbolic link, not a file</source>
        <translation>它是符号链接，不是文件</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <source>it cannot be opened ({reason})</source>
        <translation>无法打开（{reason}）</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>it is larger than {size} bytes</source>
        <translation>它超过了 {size} 字节</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>它不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>it is {problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation>其中没有 JSON 对象</translation>
    </message>
    <message>
        <source>the file is damaged or was not written by MNIST Trainer; delete the run or the file</source>
        <translation>文件已损坏，或不是由 MNIST Trainer 写入的。请删除该训练记录或该文件</translation>
    </message>
    <message>
        <source>the program that wrote this run stopped before the run ended (it was killed or crashed); the files keep what was saved until then</source>
        <translation>写入该训练记录的程序在训练结束前停止了（被终止或崩溃）；文件中保留了此前保存的内容</translation>
    </message>
    <message>
        <source>run.json is missing: the run stopped before it saved its settings; delete it</source>
        <translation>缺少 run.json：训练在保存设置之前就停止了。请删除它</translation>
    </message>
    <message>
        <source>run.json cannot be read: {problem}; {fix}</source>
        <translation>无法读取 run.json：{problem}。{fix}</translation>
    </message>
    <message>
        <source>the folder cannot be read ({reason}); check its permissions</source>
        <translation>无法读取该文件夹（{reason}）。请检查其权限</translation>
    </message>
    <message>
        <source>{path}: no such file; this folder is not a run</source>
        <translation>{path}：没有这个文件；该文件夹不是训练记录</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}; {fix}</source>
        <translation>无法读取 {path}：{problem}。{fix}</translation>
    </message>
    <message>
        <source>{path}: the first line is not {header}; {fix}</source>
        <translation>{path}：第一行不是 {header}。{fix}</translation>
    </message>
    <message>
        <source>{path}: line {line} is not &apos;iteration,loss&apos; ({row}); {fix}</source>
        <translation>{path}：第 {line} 行不是 &apos;iteration,loss&apos;（{row}）。{fix}</translation>
    </message>
    <message>
        <source>{path}: a row is malformed ({problem}); {fix}</source>
        <translation>{path}：有一行格式错误（{problem}）。{fix}</translation>
    </message>
    <message>
        <source>cannot rename {name}: the name is empty; type a name</source>
        <translation>无法重命名 {name}：名称为空。请输入名称</translation>
    </message>
    <message>
        <source>cannot rename {name}: the name holds a line break or another control character; type it on one line</source>
        <translation>无法重命名 {name}：名称中含有换行符或其他控制字符。请在一行内输入</translation>
    </message>
    <message>
        <source>will not delete {path}: it no longer exists; refresh</source>
        <translation>不删除 {path}：它已不存在。请刷新</translation>
    </message>
    <message>
        <source>will not delete {path}: it is not a run folder (a link or a file)</source>
        <translation>不删除 {path}：它不是训练记录文件夹（是链接或文件）</translation>
    </message>
    <message>
        <source>will not delete {path}: hidden folders are not runs</source>
        <translation>不删除 {path}：隐藏文件夹不是训练记录</translation>
    </message>
    <message>
        <source>will not delete {path}: it is not a run inside {root}</source>
        <translation>不删除 {path}：它不是 {root} 中的训练记录</translation>
    </message>
    <message>
        <source>will not delete {path}: it is not a run folder (no {file}, and files MNIST Trainer did not write)</source>
        <translation>不删除 {path}：它不是训练记录文件夹（没有 {file}，且有不是 MNIST Trainer 写入的文件）</translation>
    </message>
    <message>
        <source>will not delete {path}: process {pid} on this computer is still writing it; stop that run first</source>
        <translation>不删除 {path}：本机上的进程 {pid} 仍在写入它。请先停止那次训练</translation>
    </message>
    <message>
        <source>will not delete {path}: the folder cannot be read ({reason}); check its permissions</source>
        <translation>不删除 {path}：无法读取该文件夹（{reason}）。请检查其权限</translation>
    </message>
    <message>
        <source>cannot delete {path}: moving it into {trash} failed ({reason}); nothing was deleted; check that you may write to {root}</source>
        <translation>无法删除 {path}：将其移入 {trash} 失败（{reason}）；未删除任何内容。请检查你是否可以写入 {root}</translation>
    </message>
    <message>
        <source>the trash is not a folder</source>
        <translation>回收站不是文件夹</translation>
    </message>
</context>
<context>
    <name>RunsWidget</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Test acc</source>
        <translation>测试识别精度</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>No runs folder chosen yet.</source>
        <translation>尚未选择记录文件夹。</translation>
    </message>
    <message>
        <source>{folder} does not exist yet: runs appear here once one is saved.</source>
        <translation>{folder} 尚不存在：保存训练后会显示在这里。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose a folder for runs (File &gt; Runs folder…).</source>
        <translation>{folder} 是文件而不是文件夹：请选择记录文件夹（文件 &gt; 记录文件夹…）。</translation>
    </message>
    <message>
        <source>{folder} cannot be read ({reason}): check its permissions.</source>
        <translation>无法读取 {folder}（{reason}）：请检查其权限。</translation>
    </message>
    <message>
        <source>No runs in {folder} yet: train a network and its run appears here.</source>
        <translation>{folder} 中还没有训练：训练一个网络后会显示在这里。</translation>
    </message>
    <message>
        <source>Delete 1 run? This cannot be undone.</source>
        <translation>要删除 1 个训练记录吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete {count} runs? This cannot be undone.</source>
        <translation>要删除 {count} 个训练记录吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>{name} ({status}): {problem}</source>
        <translation>{name}（{status}）：{problem}</translation>
    </message>
    <message>
        <source>{name} is not overlaid: {reason}</source>
        <translation>{name} 无法叠加显示：{reason}</translation>
    </message>
    <message>
        <source>The saved runs; select some to draw their curves over the plots. Enter opens, F2 renames, Delete deletes, F5 refreshes; right-click or the Menu key for more</source>
        <translation>已保存的训练。选中后会把它们的曲线叠加到图上。Enter 打开，F2 重命名，Delete 删除，F5 刷新；右键或菜单键查看更多操作</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>已保存的训练</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the run&apos;s model: see it, read digits, or continue it (Enter)</source>
        <translation>打开该训练的模型：查看、识别数字或继续训练 (Enter)</translation>
    </message>
    <message>
        <source>Select race</source>
        <translation>选择比赛</translation>
    </message>
    <message>
        <source>Select every contestant of the selected run&apos;s race, to draw them all over the plots</source>
        <translation>选中所选训练所在比赛的全部参赛者，把它们都叠加到图上</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>List the runs folder again (F5)</source>
        <translation>重新列出记录文件夹 (F5)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation>重命名所选训练 (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected runs, after asking (Delete)</source>
        <translation>确认后删除所选训练 (Delete)</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>删除训练</translation>
    </message>
    <message>
        <source>(no runs folder)</source>
        <translation>（无记录文件夹）</translation>
    </message>
    <message>
        <source>Runs folder: {folder}</source>
        <translation>记录文件夹：{folder}</translation>
    </message>
    <message>
        <source>Select exactly one run to rename.</source>
        <translation>请只选择一个要重命名的训练。</translation>
    </message>
    <message>
        <source>Could not rename {name}: {problem}</source>
        <translation>无法重命名 {name}：{problem}</translation>
    </message>
    <message>
        <source>Could not delete {name}: {problem}</source>
        <translation>无法删除 {name}：{problem}</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>重命名训练</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>{name} has no saved model ({file} is missing).</source>
        <translation>{name} 没有保存的模型（缺少 {file}）。</translation>
    </message>
    <message>
        <source>Reading the selected runs…</source>
        <translation>正在读取所选训练…</translation>
    </message>
</context>
<context>
    <name>SaveDigitWidget</name>
    <message>
        <source>The digit you drew: its true label (type 0 to 9)</source>
        <translation>你所画数字的正确解标签（输入 0 到 9）</translation>
    </message>
    <message>
        <source>True label of the drawing</source>
        <translation>所画数字的正确解标签</translation>
    </message>
    <message>
        <source>Save to my digits</source>
        <translation>保存到我的数字</translation>
    </message>
    <message>
        <source>Add what the network sees, with this label, to My digits: your own test set, that every model is scored on</source>
        <translation>将网络看到的图像连同此标签加入我的数字：这是你自己的测试数据，所有模型都会在上面评估</translation>
    </message>
    <message>
        <source>Nothing to save: draw a digit first.</source>
        <translation>没有可保存的内容：请先画一个数字。</translation>
    </message>
    <message>
        <source>Could not save the drawing: {error}</source>
        <translation>无法保存该数字：{error}</translation>
    </message>
    <message>
        <source>Saved as a {label} to My digits (drawings: {count}).</source>
        <translation>已作为 {label} 保存到我的数字（数字：{count}）。</translation>
    </message>
</context>
<context>
    <name>ScheduleSettingsWidget</name>
    <message>
        <source>Data and schedule</source>
        <translation>数据与训练安排</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>全部（{count}）</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练数据数量</translation>
    </message>
    <message>
        <source>Train on the first N training images (the book&apos;s overfitting experiment uses 300), or all of them</source>
        <translation>只用前 N 张训练数据进行训练（书中的过拟合实验用 300），或使用全部</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽样方式</translation>
    </message>
    <message>
        <source>How mini-batches are drawn: uniformly with replacement, as the book does, or by walking a fresh shuffle of the images each epoch (each image once per epoch)</source>
        <translation>mini-batch 的抽取方式：像书中那样有放回地均匀随机抽取，或每个 epoch 重新打乱图像后依次使用（每个 epoch 每张图像用一次）</translation>
    </message>
    <message>
        <source>random (book)</source>
        <translation>随机（书中）</translation>
    </message>
    <message>
        <source>shuffled epochs</source>
        <translation>每个 epoch 打乱</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>mini-batch的大小</translation>
    </message>
    <message>
        <source>Training images per iteration (at most the {count} of the training set)</source>
        <translation>每次更新使用的训练数据数量（最多为训练数据的 {count} 张）</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>更新次数</translation>
    </message>
    <message>
        <source>Number of iterations (parameter updates)</source>
        <translation>循环的次数（参数的更新次数）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Same seed, same run, bit for bit: it seeds the initial weights, the mini-batches and the dropout masks</source>
        <translation>种子相同，训练就逐位相同：它决定权重初始值、mini-batch 和 Dropout 的掩码</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>误差反向传播法</translation>
    </message>
    <message>
        <source>numerical (slow)</source>
        <translation>数值微分（慢）</translation>
    </message>
    <message>
        <source>How the gradient is computed: backpropagation, or the book&apos;s numerical central differences (vectorised, still ~15x slower). Same curves, different speed.</source>
        <translation>梯度的求法：误差反向传播法，或书中的数值微分（中心差分；已向量化，仍慢约 15 倍）。曲线相同，速度不同。</translation>
    </message>
    <message>
        <source>The numerical gradient is offered for the book&apos;s two-layer sigmoid network only (one hidden layer, sigmoid, a std init, no weight decay, dropout or batch norm).</source>
        <translation>数值微分仅适用于书中的 2层神经网络（一个隐藏层、sigmoid、标准差初始值，无权值衰减、Dropout 和 Batch Norm）。</translation>
    </message>
    <message>
        <source>{per_epoch} iterations per epoch; {epochs} epochs in all</source>
        <translation>每个 epoch {per_epoch} 次，共 {epochs} 个 epoch</translation>
    </message>
</context>
<context>
    <name>SearchViewWidget</name>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>val acc</source>
        <translation>验证精度</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>权值衰减</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>The best trials so far, by their final validation accuracy</source>
        <translation>目前最好的试验，按最终验证数据的识别精度排序</translation>
    </message>
    <message>
        <source>Best trials</source>
        <translation>最佳试验</translation>
    </message>
    <message>
        <source>Each trial&apos;s learning rate across and weight decay up, coloured by its validation accuracy</source>
        <translation>每次试验的学习率（横轴）和权值衰减（纵轴），颜色表示验证数据的识别精度</translation>
    </message>
    <message>
        <source>Search scatter</source>
        <translation>搜索散点图</translation>
    </message>
    <message>
        <source>Train accuracy per epoch for each initial weight scale: solid with batch norm, dashed without</source>
        <translation>每种权重初始值尺度下每个 epoch 的训练数据识别精度：实线有 Batch Norm，虚线没有</translation>
    </message>
    <message>
        <source>Batch norm grid</source>
        <translation>Batch Norm 网格</translation>
    </message>
    <message>
        <source>Hyperparameter search: {done} of {planned} trials finished; best val acc {accuracy} (lr {lr}, weight decay {decay}).</source>
        <translation>超参数搜索：{planned} 次试验中已完成 {done} 次；最佳验证精度 {accuracy}（学习率 {lr}，权值衰减 {decay}）。</translation>
    </message>
    <message>
        <source>Hyperparameter search: {done} of {planned} trials finished.</source>
        <translation>超参数搜索：{planned} 次试验中已完成 {done} 次。</translation>
    </message>
    <message>
        <source>Batch norm: {done} of {total} trainings finished.</source>
        <translation>Batch Norm：{total} 次训练中已完成 {done} 次。</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>还没有结果。</translation>
    </message>
</context>
<context>
    <name>SettingsMessages</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low}～{high}</translation>
    </message>
    <message>
        <source>write {count} sizes of {size} separated by commas, e.g. 100, 100</source>
        <translation>请写 {count} 个 {size} 之间的大小，用逗号分隔，例如 100, 100</translation>
    </message>
    <message>
        <source>Hidden layers: {help}</source>
        <translation>隐藏层：{help}</translation>
    </message>
    <message>
        <source>batch_size {batch} is larger than the training set ({images} images); choose at most {images}</source>
        <translation>mini-batch的大小 {batch} 超过了训练数据（{images} 张）；请设为不超过 {images}</translation>
    </message>
    <message>
        <source>the numerical gradient is offered for the book&apos;s two-layer sigmoid network only (one hidden layer, no weight decay, dropout or batch norm): on a deeper network it would take hours; use backprop</source>
        <translation>数值微分仅适用于书中的 2层神经网络（一个隐藏层、sigmoid，无权值衰减、Dropout 和 Batch Norm）：在更深的网络上要花几个小时；请使用误差反向传播法</translation>
    </message>
    <message>
        <source>{setting} must be from {range}, got {value}</source>
        <translation>{setting} 必须在 {range} 之间，当前为 {value}</translation>
    </message>
</context>
<context>
    <name>SpecialFigures</name>
    <message>
        <source>accuracy</source>
        <translation>识别精度</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>Batch Normalization</source>
        <translation>Batch Normalization</translation>
    </message>
    <message>
        <source>Normal(without BatchNorm)</source>
        <translation>普通（无 Batch Norm）</translation>
    </message>
    <message>
        <source>Best-{rank}(val acc:{accuracy})</source>
        <translation>第{rank}名（验证精度:{accuracy}）</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>权值衰减</translation>
    </message>
    <message>
        <source>{count} trials: validation accuracy</source>
        <translation>{count} 次试验：验证数据的识别精度</translation>
    </message>
    <message>
        <source>val acc</source>
        <translation>验证精度</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>std={std}</source>
        <translation>标准差={std}</translation>
    </message>
    <message>
        <source>{activation}, {scale}</source>
        <translation>{activation}，{scale}</translation>
    </message>
    <message>
        <source>{layer}-layer</source>
        <translation>第{layer}层</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言 / Language(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the window</source>
        <translation>窗口的显示语言</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark scheme</source>
        <translation>跟随系统的浅色或深色方案</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>浅色背景上的深色文字</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>深色背景上的浅色文字</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>放大文字(&amp;G)</translation>
    </message>
    <message>
        <source>Larger text and lines, for a projector</source>
        <translation>放大文字和线条（适合投影仪）</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <source>Smaller text and lines</source>
        <translation>缩小文字和线条</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>Text and lines at their normal size</source>
        <translation>文字和线条恢复正常大小</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it was at the first launch</source>
        <translation>将所有面板恢复到首次启动时的位置</translation>
    </message>
    <message>
        <source>Language not available</source>
        <translation>无法使用该语言</translation>
    </message>
    <message>
        <source>The {language} translation is missing from this installation; the window stays in the current language.</source>
        <translation>此安装中缺少{language}的翻译；窗口保持当前语言。</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>axis</source>
        <translation>轴</translation>
    </message>
    <message>
        <source>ViewBox options</source>
        <translation>视图选项</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>鼠标模式</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>三键</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>单键</translation>
    </message>
</context>
<context>
    <name>WeightsHistoryBar</name>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>学习前</translation>
    </message>
    <message>
        <source>iteration {iteration}</source>
        <translation>第 {iteration} 次更新</translation>
    </message>
    <message>
        <source>epoch {epoch} (iteration {iteration})</source>
        <translation>epoch {epoch}（第 {iteration} 次更新）</translation>
    </message>
    <message>
        <source>Play the weights from the untrained ones to the latest</source>
        <translation>从学习前到最新，依次播放权重</translation>
    </message>
    <message>
        <source>Play the weights&apos; history</source>
        <translation>播放权重的历史</translation>
    </message>
    <message>
        <source>The weights at the start and after each epoch; right end: live</source>
        <translation>开始时和每个epoch之后的权重；最右端：实时</translation>
    </message>
    <message>
        <source>Weights&apos; history</source>
        <translation>权重的历史</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the history as an animated GIF or PNG frames</source>
        <translation>将历史保存为 GIF 动画或一组 PNG 帧</translation>
    </message>
    <message>
        <source>Export the weights&apos; history</source>
        <translation>导出权重的历史</translation>
    </message>
    <message>
        <source>Weights shown</source>
        <translation>显示的权重</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>live; snapshots: {count}</source>
        <translation>实时；快照：{count}</translation>
    </message>
    <message>
        <source>snapshot {index} of {count}</source>
        <translation>快照 {index} / {count}</translation>
    </message>
</context>
<context>
    <name>WeightsWidget</name>
    <message>
        <source>hover a tile to see its unit</source>
        <translation>将鼠标悬停在图块上可查看对应的神经元</translation>
    </message>
    <message>
        <source>hover a cell to see its weight</source>
        <translation>将鼠标悬停在单元格上可查看权重</translation>
    </message>
    <message>
        <source>Hover a tile, or use the arrow keys, to see its hidden unit</source>
        <translation>将鼠标悬停在图块上或用方向键选择，可查看对应的隐藏层神经元</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>第 1 层的权重</translation>
    </message>
    <message>
        <source>The colour of each weight value</source>
        <translation>权重值与颜色的对应</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>色标</translation>
    </message>
    <message>
        <source>Weight under the mouse</source>
        <translation>鼠标处的权重</translation>
    </message>
    <message>
        <source>Weights shown</source>
        <translation>显示的权重</translation>
    </message>
    <message>
        <source>hidden unit {unit} — weights from {low} to {high}</source>
        <translation>隐藏层神经元 {unit} — 权重从 {low} 到 {high}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>实验(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Start / &amp;Pause</source>
        <translation>开始 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Start a run, or pause and resume it</source>
        <translation>开始训练，或暂停与继续</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>Train one iteration, then pause</source>
        <translation>只更新一次，然后暂停</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the run; Start continues it</source>
        <translation>停止训练（开始可继续）</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the run and start afresh</source>
        <translation>放弃本次训练，从头开始</translation>
    </message>
    <message>
        <source>Restore the &amp;book&apos;s settings</source>
        <translation>恢复书中的设置(&amp;B)</translation>
    </message>
    <message>
        <source>Put every setting back to the book&apos;s values</source>
        <translation>将所有设置恢复为书中的值</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved model to read or train on</source>
        <translation>打开已保存的模型，用于识别或继续训练</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>保存模型(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the network and its training</source>
        <translation>保存神经网络及其训练状态</translation>
    </message>
    <message>
        <source>Runs &amp;folder…</source>
        <translation>记录文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose where finished runs are saved</source>
        <translation>选择保存已完成训练记录的位置</translation>
    </message>
    <message>
        <source>&amp;Export metrics as CSV…</source>
        <translation>将指标导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Every iteration&apos;s loss and every epoch&apos;s accuracy, as CSV</source>
        <translation>以 CSV 导出每次更新的损失和每个 epoch 的识别精度</translation>
    </message>
    <message>
        <source>Save &amp;loss plot as PNG…</source>
        <translation>将损失图保存为 PNG(&amp;L)…</translation>
    </message>
    <message>
        <source>The loss plot as a picture, at twice its size</source>
        <translation>以两倍尺寸的图片保存损失图</translation>
    </message>
    <message>
        <source>Save &amp;accuracy plot as PNG…</source>
        <translation>将识别精度图保存为 PNG(&amp;A)…</translation>
    </message>
    <message>
        <source>The accuracy plot as a picture, at twice its size</source>
        <translation>以两倍尺寸的图片保存识别精度图</translation>
    </message>
    <message>
        <source>Save &amp;weights as PNG…</source>
        <translation>将权重保存为 PNG(&amp;W)…</translation>
    </message>
    <message>
        <source>The weights as a picture, at twice their size</source>
        <translation>以两倍尺寸的图片保存权重</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window (the run is saved)</source>
        <translation>关闭窗口（训练会被保存）</translation>
    </message>
    <message>
        <source>&amp;Fit the loss plot</source>
        <translation>完整显示损失图(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole loss curve again</source>
        <translation>重新显示整条损失曲线</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>Models (*.npz)</source>
        <translation>模型 (*.npz)</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>正在打开 {file}…</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>已打开 {file}</translation>
    </message>
    <message>
        <source>Stop first</source>
        <translation>请先停止</translation>
    </message>
    <message>
        <source>Stop the run before opening a model.</source>
        <translation>打开模型前请先停止训练。</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}：{error}</translation>
    </message>
    <message>
        <source>Saved the model to {file}</source>
        <translation>已将模型保存到 {file}</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>没有可保存的内容</translation>
    </message>
    <message>
        <source>Train a network first (Start or Step).</source>
        <translation>请先训练网络（“开始”或“单步”）。</translation>
    </message>
    <message>
        <source>Wait until it has stopped, then save the model.</source>
        <translation>请等待其停止后再保存模型。</translation>
    </message>
    <message>
        <source>Pause, then save the model.</source>
        <translation>请先暂停，再保存模型。</translation>
    </message>
    <message>
        <source>Pause first</source>
        <translation>请先暂停</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>保存为 PNG</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>Could not write the model to {file}: {error}</source>
        <translation>无法将模型写入 {file}：{error}</translation>
    </message>
    <message>
        <source>Could not write the picture to {file}: {error}</source>
        <translation>无法将图片写入 {file}：{error}</translation>
    </message>
    <message>
        <source>Could not write the metrics to {file}: {error}</source>
        <translation>无法将指标写入 {file}：{error}</translation>
    </message>
    <message>
        <source>Could not write the animation to {file}: {error}</source>
        <translation>无法将动画写入 {file}：{error}</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Folder for saved runs</source>
        <translation>保存训练记录的文件夹</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}</source>
        <translation>无法读取 {file}：{error}</translation>
    </message>
</context>
<context>
    <name>WindowInside</name>
    <message>
        <source>Nothing on the pad</source>
        <translation>画板上什么都没有</translation>
    </message>
    <message>
        <source>Draw a digit (or press Test digit) to walk it through.</source>
        <translation>请画一个数字（或按“测试图像”），再逐步查看。</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>还没有历史记录</translation>
    </message>
    <message>
        <source>Train a network first: each epoch adds a frame.</source>
        <translation>请先训练神经网络：每个 epoch 增加一帧。</translation>
    </message>
    <message>
        <source>Export the weights&apos; history</source>
        <translation>导出权重的历史</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;PNG frames (*.png)</source>
        <translation>GIF 动画 (*.gif);;PNG 帧序列 (*.png)</translation>
    </message>
</context>
<context>
    <name>WindowRace</name>
    <message>
        <source>The settings need a fix</source>
        <translation>设置需要修改</translation>
    </message>
    <message>
        <source>{error}. Change it in the Training dock.</source>
        <translation>{error}。请在“训练”面板中修改。</translation>
    </message>
    <message>
        <source>Another dataset</source>
        <translation>数据集不同</translation>
    </message>
    <message>
        <source>This race trains on {dataset}: its contestants must all learn the same images. Choose {dataset} in the Training dock, or clear the race first.</source>
        <translation>本场比赛使用 {dataset} 训练：所有参赛者必须学习相同的图像。请在“训练”面板中选择 {dataset}，或先清空比赛。</translation>
    </message>
    <message>
        <source>The race is full</source>
        <translation>比赛人数已满</translation>
    </message>
    <message>
        <source>A race has at most 6 contestants.</source>
        <translation>一场比赛最多有 6 个参赛者。</translation>
    </message>
    <message>
        <source>Cannot start a race now</source>
        <translation>现在无法开始比赛</translation>
    </message>
    <message>
        <source>Stop the current run or race, and Reset it, before starting a race.</source>
        <translation>开始比赛前，请先停止并重置当前的训练或比赛。</translation>
    </message>
    <message>
        <source>{title} ({script})</source>
        <translation>{title}（{script}）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cannot start an experiment now</source>
        <translation>现在无法开始实验</translation>
    </message>
    <message>
        <source>Stop the current run or race, and Reset it, before starting an experiment.</source>
        <translation>开始实验前，请先停止并重置当前的训练或比赛。</translation>
    </message>
    <message>
        <source>An experiment is running</source>
        <translation>实验正在运行</translation>
    </message>
    <message>
        <source>Stop it (Shift+F5) first.</source>
        <translation>请先停止它（Shift+F5）。</translation>
    </message>
    <message>
        <source>{title}: training in the background; Stop (Shift+F5) keeps what is done.</source>
        <translation>{title}：正在后台训练；停止（Shift+F5）会保留已完成的部分。</translation>
    </message>
    <message>
        <source>{title} failed</source>
        <translation>{title} 失败</translation>
    </message>
    <message>
        <source>The figure was not saved</source>
        <translation>图没有保存</translation>
    </message>
    <message>
        <source>The book&apos;s figure of {title}: {file}</source>
        <translation>{title} 的书中图：{file}</translation>
    </message>
</context>
</TS>
