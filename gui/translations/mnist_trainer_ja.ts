<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccuracyChart</name>
    <message>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>訓練データ</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>テストデータ</translation>
    </message>
</context>
<context>
    <name>AccuracyPlotWidget</name>
    <message>
        <source>Accuracy at each epoch; hover a point to read it</source>
        <translation>各エポックの認識精度。点にマウスを乗せると値を表示します</translation>
    </message>
    <message>
        <source>Accuracy plot</source>
        <translation>認識精度のグラフ</translation>
    </message>
    <message>
        <source>{name} (test)</source>
        <translation>{name}（テスト）</translation>
    </message>
    <message>
        <source>epoch {epoch} (iteration {iteration})
train acc {train}
test acc {test}</source>
        <translation>エポック {epoch}（繰り返し {iteration} 回）
訓練データ {train}
テストデータ {test}</translation>
    </message>
</context>
<context>
    <name>ActivationHistograms</name>
    <message>
        <source>No network yet: start or load a run to see what its hidden layers output.</source>
        <translation>ネットワークがまだありません。学習を始めるか学習の記録を開くと、隠れ層の出力が表示されます。</translation>
    </message>
    <message>
        <source>What each hidden layer outputs for the same 1,000 test images (30 bins).
Sigmoid near 0 or 1 (saturated): the unit passes back almost no gradient.
ReLU at 0 for every image (dead): the unit never learns again.
A small spread: every unit says much the same thing.
Change the initial scale and start again to see the book&apos;s chapter-6 lesson.</source>
        <translation>同じ 1,000 枚のテスト画像に対する各隠れ層の出力（30 区間）。
シグモイド関数の出力が 0 か 1 に近い（飽和）：そのニューロンは勾配をほとんど逆伝播しません。
ReLU がどの画像でも 0（死んだニューロン）：そのニューロンはもう学習しません。
広がりが小さい：どのニューロンもほぼ同じ値を出しています。
重みの初期値を変えてやり直すと、本の 6 章の教訓が確かめられます。</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>第 {layer} 層</translation>
    </message>
    <message>
        <source>{dead} of units dead</source>
        <translation>ニューロンの {dead} が死亡</translation>
    </message>
    <message>
        <source>{zeros} zeros</source>
        <translation>0 が {zeros}</translation>
    </message>
    <message>
        <source>{saturated} saturated</source>
        <translation>{saturated} が飽和</translation>
    </message>
    <message>
        <source>(near 0 or 1)</source>
        <translation>（0 か 1 に近い）</translation>
    </message>
    <message>
        <source>(near -1 or 1)</source>
        <translation>（-1 か 1 に近い）</translation>
    </message>
    <message>
        <source>spread {spread}</source>
        <translation>広がり {spread}</translation>
    </message>
    <message>
        <source>output &gt; 0 (zeros not drawn)</source>
        <translation>出力 &gt; 0（0 は描かない）</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Histograms of the hidden layers&apos; outputs</source>
        <translation>隠れ層の出力のヒストグラム</translation>
    </message>
    <message>
        <source>This network has no hidden layer.</source>
        <translation>このネットワークには隠れ層がありません。</translation>
    </message>
    <message>
        <source>Outputs of each hidden layer ({activation}) for {count} test images, 30 bins.</source>
        <translation>テスト画像 {count} 枚に対する各隠れ層（{activation}）の出力、30 区間。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>個数</translation>
    </message>
    <message>
        <source>Could not load the test images: {error}</source>
        <translation>テスト画像を読み込めませんでした：{error}</translation>
    </message>
    <message>
        <source>Could not compute the hidden layers&apos; outputs: {error}</source>
        <translation>隠れ層の出力を計算できませんでした：{error}</translation>
    </message>
</context>
<context>
    <name>BackpropNodes</name>
    <message>
        <source>{count} of {units} units off (≤ 0): no gradient flows there</source>
        <translation>{units} 個中 {count} 個のニューロンが 0 以下：そこには勾配が流れません</translation>
    </message>
    <message>
        <source>{count} of {units} units saturated</source>
        <translation>{units} 個中 {count} 個のニューロンが飽和</translation>
    </message>
    <message>
        <source>{rule}   (the batch&apos;s mu and var)</source>
        <translation>{rule}   （ミニバッチの mu と var）</translation>
    </message>
    <message>
        <source>Training mode: the batch&apos;s own mean and variance. A batch of one is its own mean, so xn = 0 and the output is beta whatever the input: no gradient flows back.</source>
        <translation>学習時：ミニバッチ自身の平均と分散を使います。1 枚だけのミニバッチはそれ自身が平均なので xn = 0 となり、入力によらず出力は beta です。勾配は逆伝播しません。</translation>
    </message>
    <message>
        <source>{rule}   (running mu and var)</source>
        <translation>{rule}   （移動平均の mu と var）</translation>
    </message>
    <message>
        <source>Test mode: the running mean and variance kept in training.</source>
        <translation>テスト時：学習中に記録した平均と分散の移動平均を使います。</translation>
    </message>
    <message>
        <source>{rule}   (mask: keep where a uniform draw &gt; {r})</source>
        <translation>{rule}   （mask：一様乱数 &gt; {r} の所を残す）</translation>
    </message>
    <message>
        <source>Training mode: this mask keeps {kept} of {units} units (drawn as gradient() draws it).</source>
        <translation>学習時：このマスクは {units} 個中 {kept} 個のニューロンを残します（gradient() と同じように乱数で決めます）。</translation>
    </message>
    <message>
        <source>Test mode: every unit is kept and scaled by 1 - {r}; training drops some.</source>
        <translation>テスト時：すべてのニューロンを残し 1 - {r} 倍します。学習時は一部を消去します。</translation>
    </message>
    <message>
        <source>  + ½·λ·Σ W² (weight decay) = {sum}</source>
        <translation>  + ½·λ·Σ W² (Weight decay) = {sum}</translation>
    </message>
    <message>
        <source>{rule}   (t one-hot at {t}, N = 1)</source>
        <translation>{rule}   （t は {t} の one-hot、N = 1）</translation>
    </message>
    <message>
        <source>Target t = {t}; the network&apos;s answer is {answer}.</source>
        <translation>正解ラベル t = {t}、ネットワークの答えは {answer}。</translation>
    </message>
    <message>
        <source>Softmax and the cross-entropy together have this simple gradient.</source>
        <translation>ソフトマックス関数と交差エントロピー誤差を組み合わせると、勾配はこのように簡単になります。</translation>
    </message>
    <message>
        <source>{rule}   (weight decay, λ = {decay})</source>
        <translation>{rule}   （Weight decay、λ = {decay}）</translation>
    </message>
    <message>
        <source>{rule} summed over the batch</source>
        <translation>{rule} をミニバッチについて合計</translation>
    </message>
    <message>
        <source>dL/dx: which pixels would change the answer. Red: more ink there raises the loss (the target gets less likely); blue: more ink lowers it.</source>
        <translation>dL/dx：どのピクセルが答えを変えるか。赤：そこを濃くすると損失が増えます（正解の確率が下がる）。青：濃くすると損失が減ります。</translation>
    </message>
    <message>
        <source>{rule} = 0 for N = 1</source>
        <translation>{rule} = 0（N = 1 のとき）</translation>
    </message>
    <message>
        <source>{rule}   (running var: a fixed scale)</source>
        <translation>{rule}   （移動平均の var：固定の倍率）</translation>
    </message>
    <message>
        <source>Check: the walk against network.gradient(x, t) (float64, same image and target)</source>
        <translation>確認：たどった結果と network.gradient(x, t) の比較（float64、同じ画像と正解）</translation>
    </message>
    <message>
        <source>The walked gradients against the network&apos;s own backprop, gradient().</source>
        <translation>たどって求めた勾配と、ネットワーク自身の誤差逆伝播法 gradient() の比較です。</translation>
    </message>
    <message>
        <source>Check: the walk against central differences (h = {h}) of the test-mode
loss at {samples} random entries of each parameter</source>
        <translation>確認：たどった結果と、テスト時の損失の中心差分（h = {h}）の比較
各パラメータのランダムな {samples} 要素で</translation>
    </message>
    <message>
        <source>gradient() trains with the batch&apos;s statistics and random dropout masks, not with the test-mode network walked here; tick training mode to check against it.</source>
        <translation>gradient() はミニバッチの統計量とランダムな Dropout のマスクで学習し、ここでたどったテスト時のネットワークとは異なります。それと比べるには学習モードをオンにしてください。</translation>
    </message>
    <message>
        <source>largest difference {worst}: they agree (to {tolerance})</source>
        <translation>最大の差 {worst}：一致（許容 {tolerance}）</translation>
    </message>
    <message>
        <source>largest difference {worst}: they DIFFER (to {tolerance})</source>
        <translation>最大の差 {worst}：不一致（許容 {tolerance}）</translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>No network yet: press Start or Step, then choose an image.</source>
        <translation>ネットワークがまだありません。「開始」か「ステップ」を押してから、画像を選んでください。</translation>
    </message>
    <message>
        <source>Choose an image: the drawing pad&apos;s, or a test image.</source>
        <translation>画像を選んでください：手書きパッドの画像か、テスト画像です。</translation>
    </message>
    <message>
        <source>Walking the graph…</source>
        <translation>計算グラフをたどっています…</translation>
    </message>
    <message>
        <source>Use the drawing pad</source>
        <translation>手書きパッドを使う</translation>
    </message>
    <message>
        <source>Walk the drawing pad&apos;s image through the network</source>
        <translation>手書きパッドの画像をネットワークに通してたどります</translation>
    </message>
    <message>
        <source>Use the drawing pad&apos;s image</source>
        <translation>手書きパッドの画像を使う</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>テスト画像</translation>
    </message>
    <message>
        <source>Walk a test image (with its label) through the network</source>
        <translation>テスト画像（正解ラベル付き）をネットワークに通してたどります</translation>
    </message>
    <message>
        <source>Use a test image</source>
        <translation>テスト画像を使う</translation>
    </message>
    <message>
        <source>Training mode (as gradient())</source>
        <translation>学習モード（gradient() と同じ）</translation>
    </message>
    <message>
        <source>Batch norm and dropout as in training, as gradient() computes them; off: as the network reads a digit (running statistics, every unit kept)</source>
        <translation>Batch Norm と Dropout を gradient() と同じく学習時の動作にします。オフ：数字を認識するときの動作（移動平均の統計量、すべてのニューロンを残す）</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>学習モード</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 戻る</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>一つ前のステップ</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>前のステップ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>The step&apos;s formula with the numbers of this image</source>
        <translation>このステップの式と、この画像での値</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>式</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>計算グラフ</translation>
    </message>
    <message>
        <source>Picture {number}</source>
        <translation>図 {number}</translation>
    </message>
    <message>
        <source>Step {number} of {total}: the check</source>
        <translation>ステップ {number}/{total}：確認</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {node}, {direction}</source>
        <translation>ステップ {number}/{total}：{node}、{direction}</translation>
    </message>
    <message>
        <source>The walk failed: {error}</source>
        <translation>たどれませんでした：{error}</translation>
    </message>
    <message>
        <source>Target t = {t}: the image&apos;s label</source>
        <translation>正解 t = {t}：画像の正解ラベル</translation>
    </message>
    <message>
        <source>Target t = {t}: the network&apos;s own reading (the image has no label)</source>
        <translation>正解 t = {t}：ネットワーク自身の認識結果（画像に正解ラベルなし）</translation>
    </message>
    <message>
        <source>dL/d{key} (walked)</source>
        <translation>dL/d{key}（たどった結果）</translation>
    </message>
    <message>
        <source>(red +{top}, blue -{top})</source>
        <translation>（赤 +{top}、青 -{top}）</translation>
    </message>
    <message>
        <source>&lt;b&gt;dL/dx&lt;/b&gt;, 28x28: which pixels would change the answer {scale}</source>
        <translation>&lt;b&gt;dL/dx&lt;/b&gt;、28x28：どのピクセルが答えを変えるか {scale}</translation>
    </message>
    <message>
        <source>{key}: one 28x28 tile per hidden unit ({units}) {scale}</source>
        <translation>{key}：隠れ層のニューロンごとに 28x28 のタイル（{units} 個）{scale}</translation>
    </message>
    <message>
        <source>{key}, 28x28 {scale}</source>
        <translation>{key}、28x28 {scale}</translation>
    </message>
</context>
<context>
    <name>ClassNames</name>
    <message>
        <source>T-shirt/top</source>
        <translation>Tシャツ/トップ</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>ズボン</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>プルオーバー</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>ドレス</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>コート</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>サンダル</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>シャツ</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>バッグ</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>スニーカー</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>アンクルブーツ</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>Rates (each row sums to 100%)</source>
        <translation>割合（各行の合計が 100%）</translation>
    </message>
    <message>
        <source>Show each cell as a share of its row (its true digit)</source>
        <translation>各セルを行（正解の数字）に対する割合で表示します</translation>
    </message>
    <message>
        <source>Show each cell as a share of its row (its true class)</source>
        <translation>各セルを行（正解のクラス）に対する割合で表示します</translation>
    </message>
    <message>
        <source>Show rates</source>
        <translation>割合を表示</translation>
    </message>
    <message>
        <source>Blue: read right; orange: mistakes. Click a cell to see its images.</source>
        <translation>青：正しく認識、橙：誤り。セルをクリックすると画像を表示します。</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: what the network read. Blue: read right; orange: mistakes, the darkest the most common. Click a cell to see its images (or move with the arrow keys and press Enter).</source>
        <translation>行：正解の数字、列：ネットワークの認識結果。青：正しく認識、橙：誤り（濃いほど多い）。セルをクリックすると画像を表示します（矢印キーで移動して Enter でも可）。</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: what the network read. Blue: read right; orange: mistakes, the darkest the most common. Click a cell to see its images (or move with the arrow keys and press Enter).</source>
        <translation>行：正解のクラス、列：ネットワークの認識結果。青：正しく認識、橙：誤り（濃いほど多い）。セルをクリックすると画像を表示します（矢印キーで移動して Enter でも可）。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混同行列</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>正解の数字</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>正解のクラス</translation>
    </message>
    <message>
        <source>read as</source>
        <translation>認識結果</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>{count} images of “{true}” read right ({rate} of the row)</source>
        <translation>「{true}」の画像 {count} 枚を正しく認識（行の {rate}）</translation>
    </message>
    <message>
        <source>{count} images of “{true}” read as “{read}” ({rate} of the row)</source>
        <translation>「{true}」の画像 {count} 枚を「{read}」と認識（行の {rate}）</translation>
    </message>
    <message>
        <source>Confusion matrix of the test set: after the first epoch</source>
        <translation>テストデータの混同行列：最初のエポックの後に表示</translation>
    </message>
    <message>
        <source>Test set at epoch {epoch}: {right} of {total} read right ({share})</source>
        <translation>エポック {epoch} のテストデータ：{total} 枚中 {right} 枚を正しく認識（{share}）</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>画像なし</translation>
    </message>
</context>
<context>
    <name>ControlsWidget</name>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>One iteration while paused (F10)</source>
        <translation>一時停止中に1回だけ更新 (F10)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop this run (Shift+F5)</source>
        <translation>この学習を停止 (Shift+F5)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Forget this run and unlock the settings (Ctrl+R)</source>
        <translation>この学習を破棄して設定を編集可能に戻す (Ctrl+R)</translation>
    </message>
    <message>
        <source>Book&apos;s settings</source>
        <translation>本の設定</translation>
    </message>
    <message>
        <source>Restore the book&apos;s chapter-4 settings: {network}, batch {batch}, {iterations} iterations on all {images} images drawn with replacement, no regularisation, seed {seed}, backprop (Reset first)</source>
        <translation>本の4章の設定に戻す: {network}、ミニバッチ {batch}、全 {images} 枚から重複ありで選び {iterations} 回更新、正則化なし、シード {seed}、誤差逆伝播法 (先にリセット)</translation>
    </message>
    <message>
        <source>The network these settings make, and its parameter count</source>
        <translation>この設定で作られるネットワークとパラメータ数</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Continue this run (Space)</source>
        <translation>この学習を続ける (Space)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start training (Space)</source>
        <translation>学習を開始 (Space)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>一時停止 / 再開 (Space)</translation>
    </message>
</context>
<context>
    <name>DatasetCombo</name>
    <message>
        <source>MNIST (digits)</source>
        <translation>MNIST（手書き数字）</translation>
    </message>
    <message>
        <source>Fashion-MNIST (clothes)</source>
        <translation>Fashion-MNIST（衣類）</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>The images the network learns: MNIST&apos;s handwritten digits, as in the book, or Fashion-MNIST&apos;s photos of clothes in ten classes (same size, harder)</source>
        <translation>ネットワークが学習する画像：本書と同じ MNIST の手書き数字、または Fashion-MNIST の10クラスの衣類の写真（同じ大きさで、より難しい）</translation>
    </message>
</context>
<context>
    <name>DigitReaderWidget</name>
    <message>
        <source>Draw a digit on the pad (white on black, like MNIST).</source>
        <translation>パッドに数字を書いてください（MNIST と同じく黒地に白）。</translation>
    </message>
    <message>
        <source>Draw a piece of clothing on the pad (white on black, like Fashion-MNIST).</source>
        <translation>パッドに衣類を描いてください（Fashion-MNIST と同じく黒地に白）。</translation>
    </message>
    <message>
        <source>No network yet: press Start or Step, then draw.</source>
        <translation>ネットワークがまだありません。「開始」か「ステップ」を押してから書いてください。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Clear the pad (Delete or Esc)</source>
        <translation>パッドを消去します（Delete または Esc）</translation>
    </message>
    <message>
        <source>Test digit</source>
        <translation>テスト画像</translation>
    </message>
    <message>
        <source>Put a random image of the {dataset} test data on the pad</source>
        <translation>{dataset} のテストデータからランダムに 1 枚選んでパッドに置きます</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>画像を開く…</translation>
    </message>
    <message>
        <source>Read a PNG or JPEG (or drop one on the pad)</source>
        <translation>PNG か JPEG を読み込みます（パッドにドロップしても可）</translation>
    </message>
    <message>
        <source>The network sees:</source>
        <translation>ネットワークへの入力:</translation>
    </message>
    <message>
        <source>The 28x28 image the network sees</source>
        <translation>ネットワークに入力される 28x28 の画像</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>ネットワークへの入力</translation>
    </message>
    <message>
        <source>The network&apos;s reading</source>
        <translation>ネットワークの認識結果</translation>
    </message>
    <message>
        <source>Image file message</source>
        <translation>画像ファイルについてのメッセージ</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>{path} を開いています…</translation>
    </message>
    <message>
        <source>The network reads {answer} ({probability}).</source>
        <translation>ネットワークの答え: {answer}（{probability}）</translation>
    </message>
    <message>
        <source>The true label is {label}.</source>
        <translation>正解ラベル: {label}</translation>
    </message>
    <message>
        <source>The network has not been trained yet: this is a guess.</source>
        <translation>まだ学習していないネットワークなので、当てずっぽうの答えです。</translation>
    </message>
    <message>
        <source>Open an image of a digit</source>
        <translation>数字の画像を開く</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>画像 ({patterns})</translation>
    </message>
</context>
<context>
    <name>DrawPadWidget</name>
    <message>
        <source>Draw a digit here</source>
        <translation>ここに数字を書く</translation>
    </message>
    <message>
        <source>Digit drawing pad</source>
        <translation>数字を書くパッド</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse or a pen. Delete, Backspace, Esc or a right-click clears; Enter reads; drop an image file to load it.</source>
        <translation>マウスかペンで数字を書きます。Delete、Backspace、Esc または右クリックで消去、Enter で認識、画像ファイルをドロップすると読み込みます。</translation>
    </message>
</context>
<context>
    <name>ExperimentFigures</name>
    <message>
        <source>iterations</source>
        <translation>繰り返し回数</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練データ</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テストデータ</translation>
    </message>
    <message>
        <source>std={std}</source>
        <translation>標準偏差={std}</translation>
    </message>
</context>
<context>
    <name>ExperimentTexts</name>
    <message>
        <source>Optimizers compared on MNIST</source>
        <translation>MNIST データセットによる更新手法の比較</translation>
    </message>
    <message>
        <source>Initial weights compared on MNIST</source>
        <translation>MNIST データセットによる重みの初期値の比較</translation>
    </message>
    <message>
        <source>Batch normalisation and the initial weight scale</source>
        <translation>Batch Normalization と重みの初期値のスケール</translation>
    </message>
    <message>
        <source>Overfitting: 300 images, no regularisation</source>
        <translation>過学習：300 枚、正則化なし</translation>
    </message>
    <message>
        <source>Weight decay against overfitting</source>
        <translation>Weight decay で過学習を抑える</translation>
    </message>
    <message>
        <source>Dropout against overfitting</source>
        <translation>Dropout で過学習を抑える</translation>
    </message>
    <message>
        <source>Random search for learning rate and weight decay</source>
        <translation>学習率と Weight decay のランダムな探索</translation>
    </message>
    <message>
        <source>Activations of five layers by initial weight scale</source>
        <translation>重みの初期値ごとの 5 層のアクティベーション分布</translation>
    </message>
    <message>
        <source>SGD, Momentum, AdaGrad and Adam train the same network on the same minibatches; SGD learns slowest. Each optimizer uses the book&apos;s default learning rate, as the script does.</source>
        <translation>SGD、Momentum、AdaGrad、Adam が同じネットワークを同じミニバッチで学習します。SGD の学習がいちばん遅くなります。各更新手法はスクリプトと同じく本の既定の学習率を使います。</translation>
    </message>
    <message>
        <source>The same ReLU network from three initial weight scales: with std 0.01 it hardly learns, Xavier and He learn, He fastest. The script keeps MultiLayerNet&apos;s default ReLU for all three.</source>
        <translation>同じ ReLU のネットワークを 3 種類の重みの初期値から学習します。標準偏差 0.01 ではほとんど学習が進まず、Xavier と He では学習が進み、He が最も速くなります。スクリプトは 3 つとも MultiLayerNet の既定の ReLU を使います。</translation>
    </message>
    <message>
        <source>With batch norm the network learns from almost any initial weight scale; without it most scales fail. Train accuracy per epoch, solid with batch norm, dashed without, as the script.</source>
        <translation>Batch Norm があれば、ほぼどんな重みの初期値からでも学習できます。なければ多くのスケールで失敗します。スクリプトと同じく、エポックごとの訓練データの認識精度を Batch Norm ありは実線、なしは破線で描きます。</translation>
    </message>
    <message>
        <source>A deep network on only 300 images learns them all while test accuracy stays far lower. Differs from the shipped script: weight_decay_lambda = 0 (the script ships 0.1; its commented-out line sets 0).</source>
        <translation>300 枚だけで学習する深いネットワークは訓練データをすべて覚えますが、テストデータの認識精度はずっと低いままです。配布のスクリプトとの違い：weight_decay_lambda = 0（スクリプトは 0.1。コメントアウトされた行が 0 にします）。</translation>
    </message>
    <message>
        <source>The same 300 images with L2 weight decay lambda 0.1, as the script ships: the gap between train and test accuracy narrows.</source>
        <translation>同じ 300 枚に、配布のスクリプトと同じ L2 の Weight decay（lambda 0.1）をかけます。訓練データとテストデータの認識精度の差が縮まります。</translation>
    </message>
    <message>
        <source>The same 300 images with dropout ratio 0.2, as the script ships; it trains with the book&apos;s common/trainer.py for 301 epochs (903 iterations), and the gap between train and test accuracy narrows.</source>
        <translation>同じ 300 枚に、配布のスクリプトと同じ Dropout の比率 0.2 を使います。本の common/trainer.py で 301 エポック（903 回）学習し、訓練データとテストデータの認識精度の差が縮まります。</translation>
    </message>
    <message>
        <source>100 random trials of learning rate and weight decay, each trained for 50 epochs and judged on held-out validation images, never on the test set. The best 20 are drawn as the script draws them.</source>
        <translation>学習率と Weight decay をランダムに選んで 100 回試行します。各試行は 50 エポック学習し、テストデータではなく取り分けた検証データで評価します。上位 20 件をスクリプトと同じように描きます。</translation>
    </message>
    <message>
        <source>1,000 random inputs through five layers of 100 units: with std 1 sigmoid outputs crowd at 0 and 1, with 0.01 at 0.5; Xavier (and He for ReLU) keep them spread. No training.</source>
        <translation>1,000 個のランダムな入力を 100 ノードの 5 層に通します。標準偏差 1 ではシグモイドの出力が 0 と 1 に偏り、0.01 では 0.5 に集まります。Xavier（ReLU なら He）では広がりが保たれます。学習はしません。</translation>
    </message>
    <message>
        <source>network: 784-100-100-100-100-100-10, ReLU (MultiLayerNetExtend&apos;s default)
optimizer: SGD lr 0.01
batch: 100 of the first 1,000 training images, 20 epochs (10 iterations each)
initial weight std: 16 scales, logspace(0, -4, 16), each with and without batch norm (32 trainings)</source>
        <translation>ネットワーク：784-100-100-100-100-100-10、ReLU（MultiLayerNetExtend の既定）
更新手法：SGD 学習率 0.01
ミニバッチ：訓練データの先頭 1,000 枚から 100 枚、20 エポック（各 10 回）
重みの初期値の標準偏差：16 段階、logspace(0, -4, 16)、それぞれ Batch Norm あり・なし（計 32 回の学習）</translation>
    </message>
    <message>
        <source>network: 784-100x6-10, ReLU, He (MultiLayerNet&apos;s defaults)
optimizer: SGD, lr = 10^U(-6, -2), weight decay = 10^U(-8, -4)
data: the first 500 training images, shuffled, 20% (100) held out for validation
batch: 100, 50 epochs per trial, 100 trials</source>
        <translation>ネットワーク：784-100x6-10、ReLU、He（MultiLayerNet の既定）
更新手法：SGD、学習率 = 10^U(-6, -2)、Weight decay = 10^U(-8, -4)
データ：訓練データの先頭 500 枚をシャッフルし、20%（100 枚）を検証データに取り分け
ミニバッチ：100、1 試行あたり 50 エポック、100 回の試行</translation>
    </message>
    <message>
        <source>input: 1,000 x 100 standard normal
network: 5 layers of 100, activation sigmoid, ReLU or tanh
initial weight scale: 1, 0.01, Xavier sqrt(1/n) or He sqrt(2/n)
figure: one 30-bin histogram per layer, range 0 to 1</source>
        <translation>入力：1,000 x 100 の標準正規分布
ネットワーク：100 ノードの 5 層、活性化関数はシグモイド、ReLU、tanh のいずれか
重みの初期値のスケール：1、0.01、Xavier sqrt(1/n)、He sqrt(2/n)
図：各層 30 区間のヒストグラム、範囲 0〜1</translation>
    </message>
    <message>
        <source>no weight decay</source>
        <translation>Weight decay なし</translation>
    </message>
    <message>
        <source>weight decay 0.1</source>
        <translation>Weight decay 0.1</translation>
    </message>
    <message>
        <source>dropout 0.2</source>
        <translation>Dropout 0.2</translation>
    </message>
    <message>
        <source>std=0.01</source>
        <translation>標準偏差=0.01</translation>
    </message>
    <message>
        <source>batch {batch} of the first {images} training images, {iterations} iterations</source>
        <translation>ミニバッチ {batch}（訓練データの先頭 {images} 枚から）、{iterations} 回</translation>
    </message>
    <message>
        <source>batch {batch} of all 60,000 training images, {iterations} iterations</source>
        <translation>ミニバッチ {batch}（訓練データ全 60,000 枚から）、{iterations} 回</translation>
    </message>
    <message>
        <source> ({count} accuracy measurements, one every {every} iterations)</source>
        <translation>（認識精度の測定 {count} 回、{every} 回ごと）</translation>
    </message>
    <message>
        <source>{title} (the book&apos;s {script})</source>
        <translation>{title}（本の {script}）</translation>
    </message>
    <message>
        <source>seed {seed}, minibatches from seed {batch_seed}</source>
        <translation>シード {seed}、ミニバッチはシード {batch_seed} から</translation>
    </message>
    <message>
        <source>each loss is the minibatch&apos;s before its update (the script measures it after, with a second forward pass)</source>
        <translation>各損失は更新前のミニバッチの値です（スクリプトは更新後にもう一度順伝播して測ります）</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>CSV of original plot data</source>
        <translation>元のプロットデータ (CSV)</translation>
    </message>
    <message>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>画像ファイル (PNG, TIF, JPG, ...)</translation>
    </message>
    <message>
        <source>Matplotlib Window</source>
        <translation>Matplotlib ウィンドウ</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>ベクター画像 (SVG)</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics</source>
        <translation>ベクター画像</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>有効桁数</translation>
    </message>
    <message>
        <source>columnMode</source>
        <translation>列の形式</translation>
    </message>
    <message>
        <source>width</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>antialias</source>
        <translation>アンチエイリアス</translation>
    </message>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>invertValue</source>
        <translation>値を反転</translation>
    </message>
    <message>
        <source>scaling stroke</source>
        <translation>線幅も拡大縮小</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Link Axis:</source>
        <translation>軸のリンク:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>この軸を別のビューとリンクします。リンクすると、両方のビューに同じデータ範囲が表示されます。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>自動スケール時に表示するデータの割合です。とがったノイズのあるデータでは、この値を下げると見やすくなることがあります。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>表示するデータが変わるたびに、この軸の範囲を自動で合わせます。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>この軸の範囲を手動で設定します。自動スケールは無効になります。</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>この軸に表示する最小値です。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>この軸に表示する最大値です。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>この軸の向きを反転します（+y が上向きではなく下向きになります）。</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>軸を反転</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>この軸のマウス操作（移動、拡大縮小）を有効にします。</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>マウス操作を有効</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>オンにすると、もう一方の軸の範囲に見えているデータだけに合わせて自動スケールします。</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>表示中のデータのみ</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>オンにすると、現在のデータが中央に来るようにこの軸を自動で移動します。拡大率は変わりません。</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>自動移動のみ</translation>
    </message>
    <message>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>このプロットの曲線の平均を表示します。パラメータの一覧で、平均をとるパラメータを選べます（ある場合）。</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>各曲線の見えている部分だけを描きます。X の値が等間隔であることを前提とします。</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>表示範囲だけ描画</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>このプロットに複数の曲線があるとき、オンにすると表示する曲線の数を制限します。</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>最大曲線数:</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>間引き</translation>
    </message>
    <message>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>元データの最小値と最大値をたどるのこぎり波を描いて間引きます。見た目は最も正確ですが、遅くなります。</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>このプロットに複数の曲線があるとき、「最大曲線数」をオンにしてこの値を設定すると、表示する曲線の数を制限できます。</translation>
    </message>
    <message>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>「最大曲線数」がオンのとき、非表示になった曲線をメモリから削除します（メモリを節約できますが、再表示はできません）。</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>非表示の曲線を破棄</translation>
    </message>
    <message>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>N 個のサンプルの平均をとって間引きます。</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>N 個のサンプルの先頭をとって間引きます。最も速いですが、最も不正確です。</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>先頭を抽出</translation>
    </message>
    <message>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>表示範囲に応じてデータを自動で間引きます。X の値が等間隔であることを前提とします。</translation>
    </message>
    <message>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>描画の前にデータを間引きます（N 個ごとに 1 個を描画）。</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>X 軸を対数目盛</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>パワースペクトル (FFT)</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>Y 軸を対数目盛</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>平均を引く</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>X のグリッドを表示</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>Y のグリッドを表示</translation>
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
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>エクスポートする項目:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>エクスポート形式</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>エクスポートのオプション</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>GradCheckDiagnosisWidget</name>
    <message>
        <source>parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>相対誤差</translation>
    </message>
    <message>
        <source>relative error of each W1 entry (grey: not checked); hover a tile for its worst</source>
        <translation>W1 の各要素の相対誤差（灰色：未確認）。タイルにマウスを置くと最大値を表示</translation>
    </message>
    <message>
        <source>W1 relative error</source>
        <translation>W1 の相対誤差</translation>
    </message>
    <message>
        <source>Worst entries</source>
        <translation>誤差の大きい要素</translation>
    </message>
    <message>
        <source>Usual causes</source>
        <translation>よくある原因</translation>
    </message>
    <message>
        <source>W1&apos;s relative errors as one 28x28 tile per hidden unit</source>
        <translation>W1 の相対誤差を隠れ層のニューロンごとに 28x28 のタイルで表示</translation>
    </message>
    <message>
        <source>The entries with the largest relative error</source>
        <translation>相対誤差が最も大きい要素</translation>
    </message>
    <message>
        <source>What usually makes a gradient check fail</source>
        <translation>勾配確認が失敗するよくある原因</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>W1 relative error tiles</source>
        <translation>W1 の相対誤差のタイル</translation>
    </message>
    <message>
        <source>hidden unit {unit}: no entry checked</source>
        <translation>隠れ層のニューロン {unit}：確認した要素なし</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>hidden unit {unit}: worst {worst} at pixel ({row}, {column}); pixel ({r}, {c}): {here}</source>
        <translation>隠れ層のニューロン {unit}：最大 {worst}（ピクセル ({row}, {column})）。ピクセル ({r}, {c})：{here}</translation>
    </message>
    <message>
        <source>pixel (row {row}, column {column}) -&gt; hidden unit {unit}</source>
        <translation>ピクセル（{row} 行 {column} 列）→ 隠れ層のニューロン {unit}</translation>
    </message>
    <message>
        <source>Run a check: when it fails, what usually causes it is listed here.</source>
        <translation>勾配確認を実行してください。失敗したときは、よくある原因をここに示します。</translation>
    </message>
    <message>
        <source>What this check&apos;s numbers point to</source>
        <translation>今回の数値から考えられる原因</translation>
    </message>
    <message>
        <source>Seen here: {evidence}</source>
        <translation>根拠：{evidence}</translation>
    </message>
    <message>
        <source>Other usual causes</source>
        <translation>その他のよくある原因</translation>
    </message>
</context>
<context>
    <name>GradCheckHints</name>
    <message>
        <source>A softmax that is not batched: each image&apos;s probabilities must sum to 1 (subtract each row&apos;s max and sum along axis 1), not all N x 10 of them together.</source>
        <translation>バッチ処理に対応していないソフトマックス関数：確率は画像ごとに合計 1 になる必要があります（各行の最大値を引き、axis 1 に沿って合計）。N x 10 個全体で 1 ではありません。</translation>
    </message>
    <message>
        <source>A forgotten division by the batch size: SoftmaxWithLoss&apos;s backward is (y - t) / N; without it every gradient is N times too large (relative error (N - 1) / (N + 1)).</source>
        <translation>ミニバッチのサイズで割り忘れ：SoftmaxWithLoss の逆伝播は (y - t) / N です。割らないとすべての勾配が N 倍大きくなります（相対誤差 (N - 1) / (N + 1)）。</translation>
    </message>
    <message>
        <source>The 1e-7 in the book&apos;s log(y + 1e-7): the numerical gradient sees it, backprop does not, so they differ by about 1e-7 / y for an image whose label has probability y. A small, uniform error (~1e-6) on a trained network is this, not a bug.</source>
        <translation>本の log(y + 1e-7) の 1e-7：数値微分はこれを含み、誤差逆伝播法は含まないため、正解ラベルの確率が y の画像では約 1e-7 / y の差が出ます。学習済みのネットワークで小さく一様な誤差（~1e-6）が出るのはこのためで、バグではありません。</translation>
    </message>
    <message>
        <source>A sign error: (t - y) instead of (y - t), or a minus lost in an Affine&apos;s or an activation&apos;s backward; a flipped parameter has relative error 1.</source>
        <translation>符号の誤り：(y - t) ではなく (t - y)、または Affine レイヤや活性化関数の逆伝播でマイナスが抜けている。符号が反転したパラメータの相対誤差は 1 です。</translation>
    </message>
    <message>
        <source>float32 weights: h = 1e-4 is then a few float32 steps of a weight and the numerical gradient is noise. This panel checks a float64 copy; do the same in your own.</source>
        <translation>float32 の重み：このとき h = 1e-4 は重みの float32 の刻み数個分にすぎず、数値微分はノイズになります。このパネルは float64 のコピーを確認します。自分のコードでも同じようにしてください。</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>何も確認していません。</translation>
    </message>
    <message>
        <source>Backprop is right: every relative error is at most {threshold} (largest {error}, {key}).</source>
        <translation>誤差逆伝播法は正しい：すべての相対誤差が {threshold} 以下です（最大 {error}、{key}）。</translation>
    </message>
    <message>
        <source>Not ~1e-10 because of the book&apos;s log(y + 1e-7): {why}.</source>
        <translation>~1e-10 にならないのは本の log(y + 1e-7) のためです：{why}。</translation>
    </message>
    <message>
        <source>{keys}: 0 both ways (a bias before batch norm).</source>
        <translation>{keys}：どちらの方法でも 0（Batch Norm の前のバイアス）。</translation>
    </message>
    <message>
        <source>Check failed: {keys} above {threshold} (largest {error}, {key}); {passing} agree.</source>
        <translation>勾配確認に失敗：{keys} が {threshold} を超えています（最大 {error}、{key}）。{passing} は一致。</translation>
    </message>
    <message>
        <source>Check failed: {keys} above {threshold} (largest {error}, {key}).</source>
        <translation>勾配確認に失敗：{keys} が {threshold} を超えています（最大 {error}、{key}）。</translation>
    </message>
    <message>
        <source>This is the book&apos;s 1e-7 in log(y + 1e-7), not a bug.</source>
        <translation>これは本の log(y + 1e-7) の 1e-7 によるもので、バグではありません。</translation>
    </message>
    <message>
        <source>The layers after {wrong} are right: the backward pass goes wrong on its way from layer {right} to layer {wrong} (an activation&apos;s backward, or dx = dout . W{right}.T).</source>
        <translation>第 {wrong} 層より後は正しい：逆伝播は第 {right} 層から第 {wrong} 層へ進む途中で誤っています（活性化関数の逆伝播か、dx = dout . W{right}.T）。</translation>
    </message>
    <message>
        <source>Every parameter is affected: look at the start of the backward pass (y - t).</source>
        <translation>すべてのパラメータに影響：逆伝播の最初 (y - t) を確認してください。</translation>
    </message>
    <message>
        <source>backprop / numerical is {ratios} in every sizeable entry of {keys}: the batch size N = {n}.</source>
        <translation>{keys} の十分大きな要素すべてで 誤差逆伝播法 / 数値微分 = {ratios}：ミニバッチのサイズ N = {n} です。</translation>
    </message>
    <message>
        <source>The gradient is divided by the batch size twice (once in the loss&apos;s backward is enough).</source>
        <translation>勾配がミニバッチのサイズで 2 回割られています（損失関数の逆伝播で 1 回で十分）。</translation>
    </message>
    <message>
        <source>backprop / numerical is {ratios} in every sizeable entry of {keys}: 1 / N for N = {n}.</source>
        <translation>{keys} の十分大きな要素すべてで 誤差逆伝播法 / 数値微分 = {ratios}：N = {n} の 1 / N です。</translation>
    </message>
    <message>
        <source>backprop / numerical is {ratios} in every sizeable entry of {keys}.</source>
        <translation>{keys} の十分大きな要素すべてで 誤差逆伝播法 / 数値微分 = {ratios}。</translation>
    </message>
    <message>
        <source>Backprop gives (almost) 0: the gradient is not computed, or not stored in grads.</source>
        <translation>誤差逆伝播法の結果が（ほぼ）0：勾配を計算していないか、grads に格納していません。</translation>
    </message>
    <message>
        <source>Backprop is off by a constant factor: a 2 or 0.5 too many in a formula, or a learning rate applied inside gradient().</source>
        <translation>誤差逆伝播法が定数倍ずれています：式に余分な 2 や 0.5 があるか、gradient() の中で学習率を掛けています。</translation>
    </message>
    <message>
        <source>the network&apos;s probabilities sum to {sums} per image instead of 1.</source>
        <translation>ネットワークの確率の合計が画像ごとに 1 ではなく {sums} です。</translation>
    </message>
    <message>
        <source>backprop&apos;s gradient of {key} sums to {total} over the classes; (y - t) sums to 0 for every image when y is a softmax per image.</source>
        <translation>誤差逆伝播法による {key} の勾配のクラスについての合計が {total} です。y が画像ごとのソフトマックス関数なら、(y - t) の合計はどの画像でも 0 です。</translation>
    </message>
    <message>
        <source>gradient() returns {keys} in float32 although the copy is float64.</source>
        <translation>コピーは float64 なのに gradient() が {keys} を float32 で返しています。</translation>
    </message>
    <message>
        <source>the smallest probability of an image&apos;s label is y = {y}, so the numerical gradient may differ by up to about 1e-7 / y = {bound}</source>
        <translation>正解ラベルの確率の最小値が y = {y} なので、数値微分は最大で約 1e-7 / y = {bound} ずれることがあります</translation>
    </message>
</context>
<context>
    <name>GradCheckWidget</name>
    <message>
        <source>fast numerical (vectorised)</source>
        <translation>高速な数値微分（ベクトル化）</translation>
    </message>
    <message>
        <source>book&apos;s loop (slow)</source>
        <translation>本のループ（遅い）</translation>
    </message>
    <message>
        <source>quick: k random parameters</source>
        <translation>簡易：ランダムな k 個のパラメータ</translation>
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
        <translation>相対誤差</translation>
    </message>
    <message>
        <source>values compared</source>
        <translation>比べた値の数</translation>
    </message>
    <message>
        <source>fresh {sizes} (seed {seed})</source>
        <translation>新しい {sizes}（シード {seed}）</translation>
    </message>
    <message>
        <source>current network</source>
        <translation>現在のネットワーク</translation>
    </message>
    <message>
        <source>No network yet: checking a {fresh} network instead.</source>
        <translation>ネットワークがまだありません。代わりに {fresh} のネットワークを確認します。</translation>
    </message>
    <message>
        <source>Relative error of backprop against central differences (h = 1e-4, float64). Backprop is right when it is about 1e-7 to 1e-5 and much the same in every row: a fresh 784-50-10 on 3 images gives 5.2e-7, a trained one on 100 images about 1e-5. It is not ~1e-10 because the book&apos;s loss takes log(y + 1e-7): the numerical gradient sees the 1e-7, backprop does not, so they differ by about 1e-7 / y (y: the probability of an image&apos;s label); h itself adds only ~1e-10. A bug shows as a row at 1e-3 or more (dW1 off by 1% gives 5e-3, a missing term about 1).</source>
        <translation>中心差分（h = 1e-4、float64）に対する誤差逆伝播法の相対誤差です。約 1e-7 から 1e-5 で、どの行もほぼ同じなら誤差逆伝播法は正しく実装されています。新しい 784-50-10 で画像 3 枚なら 5.2e-7、学習済みで画像 100 枚なら約 1e-5 です。~1e-10 にならないのは、本の損失関数が log(y + 1e-7) を取るためです。数値微分はこの 1e-7 を含み、誤差逆伝播法は含まないので、約 1e-7 / y（y：正解ラベルの確率）の差が出ます。h 自体による差は ~1e-10 にすぎません。バグがあると 1e-3 以上の行が出ます（dW1 が 1% ずれると 5e-3、項が抜けると約 1）。</translation>
    </message>
    <message>
        <source>The vectorised method knows the two-layer network only: the book&apos;s loop checks this one (dropout off, batch norm in training mode, as the book&apos;s check).</source>
        <translation>ベクトル化した方法は 2 層ニューラルネットワークにしか使えないため、このネットワークは本のループで確認します（本の勾配確認と同じく Dropout なし、Batch Norm は学習時の動作）。</translation>
    </message>
    <message>
        <source>numerical {numerical} for {count} values, backprop {backprop} for all</source>
        <translation>数値微分 {numerical}（{count} 個の値）、誤差逆伝播法 {backprop}（すべて）</translation>
    </message>
    <message>
        <source>numerical {numerical}, backprop {backprop} ({ratio}x faster)</source>
        <translation>数値微分 {numerical}、誤差逆伝播法 {backprop}（{ratio} 倍速い）</translation>
    </message>
    <message>
        <source>numerical {numerical}, backprop {backprop}</source>
        <translation>数値微分 {numerical}、誤差逆伝播法 {backprop}</translation>
    </message>
    <message>
        <source>cancelled: {times}</source>
        <translation>中止：{times}</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方法(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>画像数(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;k (quick mode)</source>
        <translation>&amp;k（簡易モード）</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Check the current network, or a fresh one as mnist-trainer gradcheck does</source>
        <translation>現在のネットワークか、mnist-trainer gradcheck と同じ新しいネットワークを確認します</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>How the numerical gradient is computed: vectorised, the book&apos;s loop, or k random parameters</source>
        <translation>数値微分の求め方：ベクトル化、本のループ、またはランダムな k 個のパラメータ</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>How many training images the loss is computed on</source>
        <translation>損失関数を計算する訓練データの画像の枚数</translation>
    </message>
    <message>
        <source>k (quick mode)</source>
        <translation>k（簡易モード）</translation>
    </message>
    <message>
        <source>How many random entries of each parameter the quick method compares</source>
        <translation>簡易モードで比べる、各パラメータのランダムな要素の数</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>勾配確認を実行</translation>
    </message>
    <message>
        <source>Compare the numerical gradient with backprop</source>
        <translation>数値微分で求めた勾配と誤差逆伝播法を比べます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stop the running check</source>
        <translation>実行中の勾配確認を止めます</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進み具合</translation>
    </message>
    <message>
        <source>How much of the check is done</source>
        <translation>勾配確認がどこまで進んだか</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Differences between the numerical gradient and backprop, per parameter</source>
        <translation>パラメータごとの、数値微分と誤差逆伝播法の差</translation>
    </message>
    <message>
        <source>Could not get the network: {error}</source>
        <translation>ネットワークを取得できませんでした：{error}</translation>
    </message>
    <message>
        <source>checking ({method})…</source>
        <translation>確認中（{method}）…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Checking the current network ({sizes}).</source>
        <translation>現在のネットワーク（{sizes}）を確認します。</translation>
    </message>
    <message>
        <source>Checking a {fresh} network, as mnist-trainer gradcheck does.</source>
        <translation>mnist-trainer gradcheck と同じく、{fresh} のネットワークを確認します。</translation>
    </message>
    <message>
        <source>The check failed: {message}</source>
        <translation>勾配確認を実行できませんでした：{message}</translation>
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
        <translation>各層の重みの勾配の大きさ（繰り返しごと、対数目盛）。
勾配消失：深いシグモイド関数のネットワークでは、最初の層の勾配が
最後の層より何桁も小さく、それらの層はほとんど学習しません。
下：1 回の更新で各層の重みが、その大きさに比べてどれだけ動くか。
1e-3 前後（破線）がよく使われる目安です。</translation>
    </message>
    <message>
        <source>Gradient norm of each layer</source>
        <translation>各層の勾配のノルム</translation>
    </message>
    <message>
        <source>Update-to-weight ratio of each layer</source>
        <translation>各層の更新量と重みの比</translation>
    </message>
    <message>
        <source>gradient norm ||dL/dW||</source>
        <translation>勾配のノルム ||dL/dW||</translation>
    </message>
    <message>
        <source>update / weight ||ΔW||/||W||</source>
        <translation>更新量 / 重み ||ΔW||/||W||</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>1e-3 (rule of thumb)</source>
        <translation>1e-3（目安）</translation>
    </message>
</context>
<context>
    <name>GraphStrip</name>
    <message>
        <source>forward</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>逆伝播</translation>
    </message>
    <message>
        <source>check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>{boxes}; now: {node}, {direction}</source>
        <translation>{boxes}。現在：{node}、{direction}</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>エクスポート...</translation>
    </message>
</context>
<context>
    <name>HiddenLayersEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>例: {example}</translation>
    </message>
</context>
<context>
    <name>HistogramChoiceDialog</name>
    <message>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <source>std 1</source>
        <translation>標準偏差 1</translation>
    </message>
    <message>
        <source>std 0.01</source>
        <translation>標準偏差 0.01</translation>
    </message>
    <message>
        <source>Activation histograms</source>
        <translation>アクティベーション分布</translation>
    </message>
    <message>
        <source>1,000 random inputs through 5 layers of 100 units: the 30-bin histogram of each layer&apos;s activations (ch06/weight_init_activation_histogram.py).</source>
        <translation>1,000 個のランダムな入力を 100 ノードの 5 層に通し、各層のアクティベーションを 30 区間のヒストグラムにします（ch06/weight_init_activation_histogram.py）。</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>活性化関数(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Initial weights</source>
        <translation>重みの初期値(&amp;I)</translation>
    </message>
    <message>
        <source>The activation of the five hidden layers</source>
        <translation>5 つの隠れ層の活性化関数</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>The initial weights&apos; standard deviation: 1 and 0.01 as the book&apos;s first figures, Xavier sqrt(1/n), He sqrt(2/n)</source>
        <translation>重みの初期値の標準偏差：本の最初の図の 1 と 0.01、Xavier は sqrt(1/n)、He は sqrt(2/n)</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>描画</translation>
    </message>
    <message>
        <source>Draw the five histograms into the runs folder</source>
        <translation>5 つのヒストグラムを記録フォルダに描きます</translation>
    </message>
    <message>
        <source>Close without drawing</source>
        <translation>描かずに閉じます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>Cannot open {path}: there is no such file; check its name and folder.</source>
        <translation>{path} を開けません：そのようなファイルはありません。名前とフォルダを確認してください。</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is a folder, not an image; choose an image file in it.</source>
        <translation>{path} を開けません：画像ではなくフォルダです。中の画像ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is {kind}, not an image file; choose a PNG or JPEG file.</source>
        <translation>{path} を開けません：画像ファイルではなく{kind}です。PNG か JPEG のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot open {path}: permission to read it is denied; allow reading it or copy it somewhere you can read.</source>
        <translation>{path} を開けません：読み取りの権限がありません。読み取りを許可するか、読める場所にコピーしてください。</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}; check the file and try again.</source>
        <translation>{path} を開けません：{reason}。ファイルを確認してやり直してください。</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is larger than {size} MB, too large for a picture of a digit; save a smaller copy and open that.</source>
        <translation>{path} を開けません：{size} MB を超えていて、数字の画像としては大きすぎます。小さいコピーを保存して開いてください。</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is not an image this app can read; choose a PNG, JPEG, BMP or GIF file.</source>
        <translation>{path} を開けません：このアプリで読める画像ではありません。PNG、JPEG、BMP、GIF のいずれかのファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is {width} x {height} pixels, more than the {most} million this app decodes; save a smaller copy (1000 px is plenty).</source>
        <translation>{path} を開けません：{width} x {height} ピクセルあり、このアプリが読み込める {most} 百万ピクセルを超えています。小さいコピーを保存してください（1000 px で十分です）。</translation>
    </message>
    <message>
        <source>No digit in {path}: the image is blank (all one shade), so the pad keeps your drawing; open an image with a digit on it.</source>
        <translation>{path} に数字がありません：画像が空白（全体が同じ濃さ）なので、パッドの絵はそのままです。数字が写った画像を開いてください。</translation>
    </message>
    <message>
        <source>Cannot open {path}: reading it failed ({error}); try another copy of the image.</source>
        <translation>{path} を開けません：読み込みに失敗しました（{error}）。画像の別のコピーで試してください。</translation>
    </message>
</context>
<context>
    <name>LayerHeatmap</name>
    <message>
        <source>unit of layer {layer} (the output: digit)</source>
        <translation>第 {layer} 層のニューロン（出力: 数字）</translation>
    </message>
    <message>
        <source>unit of layer {layer}</source>
        <translation>第 {layer} 層のニューロン</translation>
    </message>
    <message>
        <source>input from layer {layer}</source>
        <translation>第 {layer} 層からの入力</translation>
    </message>
    <message>
        <source>Weights heatmap</source>
        <translation>重みのヒートマップ</translation>
    </message>
    <message>
        <source>Hover a cell to see its weight; drag to pan, wheel to zoom</source>
        <translation>セルにマウスを乗せると重みを表示。ドラッグで移動、ホイールで拡大縮小</translation>
    </message>
</context>
<context>
    <name>LayerSelector</name>
    <message>
        <source>First-layer weights W1 (one 28x28 tile per hidden unit)</source>
        <translation>第 1 層の重み W1（隠れ層のニューロンごとに 28x28 のタイル）</translation>
    </message>
    <message>
        <source>{matrix}: 28x28 tiles</source>
        <translation>{matrix}: 28x28 のタイル</translation>
    </message>
    <message>
        <source>Weights {name} ({rows} x {cols}): row i = input from layer {previous}, column j = unit of layer {layer}</source>
        <translation>重み {name}（{rows} x {cols}）: 行 i = 第 {previous} 層からの入力、列 j = 第 {layer} 層のニューロン</translation>
    </message>
    <message>
        <source>The weight matrix to show</source>
        <translation>表示する重み行列</translation>
    </message>
    <message>
        <source>Weight matrix</source>
        <translation>重み行列</translation>
    </message>
</context>
<context>
    <name>LossPlotWidget</name>
    <message>
        <source>Loss per iteration</source>
        <translation>繰り返しごとの損失関数の値</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>x axis: from 0 to the last iteration, growing</source>
        <translation>x 軸: 0 から最新の繰り返しまで（伸びていきます）</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>学習全体</translation>
    </message>
    <message>
        <source>x axis: the whole planned run</source>
        <translation>x 軸: 予定している学習の全体</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show all the data again (after a zoom)</source>
        <translation>（拡大したあと）すべてのデータを再び表示します</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>繰り返し回数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑化</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>損失関数のグラフ</translation>
    </message>
    <message>
        <source>The loss of each iteration (light) and smoothed (bold); drag to pan, wheel to zoom</source>
        <translation>繰り返しごとの損失（薄い線）と平滑化した値（太い線）。ドラッグで移動、ホイールで拡大縮小</translation>
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
        <translation>「{panel}」を表示／非表示</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Read a digit</source>
        <translation>数字の認識</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>学習の記録</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>勾配確認</translation>
    </message>
    <message>
        <source>Optimizer lab</source>
        <translation>更新手法ラボ</translation>
    </message>
    <message>
        <source>Experiment results</source>
        <translation>実験結果</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>誤認識</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>アクティベーション</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>The settings need a fix</source>
        <translation>設定を直してください</translation>
    </message>
    <message>
        <source>{error}. Change it in the Training dock.</source>
        <translation>{error}。「学習」パネルで変更してください。</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>学習に失敗しました</translation>
    </message>
    <message>
        <source>Training stopped because of an error:

{message}</source>
        <translation>エラーのため学習が止まりました:

{message}</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Training paused at iteration {iteration}: {reason}. The learning rate {rate} is too large: the weights have grown so far that the sigmoid units saturate, and the network cannot recover by itself. Reset and start again with a smaller rate (the book uses 0.1), or lower the rate and Resume to watch what happens.</source>
        <translation>繰り返し {iteration} 回目で学習を一時停止しました: {reason}。学習率 {rate} が大きすぎます。重みが大きくなりすぎてシグモイド関数の出力が飽和し、ネットワークは自力では回復できません。「リセット」して小さな学習率でやり直すか（本では 0.1）、学習率を下げて「再開」を押し、どうなるか見てください。</translation>
    </message>
</context>
<context>
    <name>MistakesGallery</name>
    <message>
        <source>test image #{index}, labelled {label}
probabilities {listed}; {label} (the label): {probability}</source>
        <translation>テスト画像 #{index}、正解ラベル {label}
確率 {listed}。{label}（正解ラベル）：{probability}</translation>
    </message>
    <message>
        <source>Click an image, or press Enter on it, to put it on the drawing pad</source>
        <translation>画像をクリックするか Enter を押すと、手書きパッドに置きます</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>テスト画像</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ほか {count} 枚</translation>
    </message>
</context>
<context>
    <name>MistakesPanel</name>
    <message>
        <source>First 20 mistakes (book)</source>
        <translation>最初の 20 個の誤り（本）</translation>
    </message>
    <message>
        <source>Most confidently wrong first</source>
        <translation>確信度の高い誤りから</translation>
    </message>
    <message>
        <source>The clicked cell&apos;s images</source>
        <translation>クリックしたセルの画像</translation>
    </message>
    <message>
        <source>No network yet: train, and the test images it reads wrong show here.</source>
        <translation>ネットワークがまだありません。学習すると、誤って認識したテスト画像がここに表示されます。</translation>
    </message>
    <message>
        <source>Reading the 10,000 test images…</source>
        <translation>テスト画像 10,000 枚を認識しています…</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its images.</source>
        <translation>混同行列のセルをクリックすると、その画像を表示します。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Which test images the gallery shows</source>
        <translation>一覧に表示するテスト画像</translation>
    </message>
    <message>
        <source>Images to show</source>
        <translation>表示する画像</translation>
    </message>
    <message>
        <source>Could not read the test images: {error}</source>
        <translation>テスト画像を認識できませんでした：{error}</translation>
    </message>
    <message>
        <source>The first {count} of {wrong} mistakes, in test-set order (as the book&apos;s ch08/misclassified_mnist.py): label → reading (probability)</source>
        <translation>{wrong} 個の誤りのうち最初の {count} 個、テストデータの順（本の ch08/misclassified_mnist.py と同じ）：正解ラベル → 認識結果（確率）</translation>
    </message>
    <message>
        <source>The {wrong} mistakes, the most confidently wrong first</source>
        <translation>{wrong} 個の誤り（確信度の高い順）</translation>
    </message>
    <message>
        <source>True “{true}”, read right: {count} images</source>
        <translation>正解「{true}」、正しく認識：{count} 枚</translation>
    </message>
    <message>
        <source>True “{true}”, read as “{read}”: {count} images</source>
        <translation>正解「{true}」、「{read}」と認識：{count} 枚</translation>
    </message>
    <message>
        <source>(epoch {epoch}&apos;s matrix counted {counted}; the network has changed since)</source>
        <translation>（エポック {epoch} の行列では {counted} 枚。その後ネットワークが変わりました）</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>open a file saved with File &gt; Save model or `mnist-trainer train`</source>
        <translation>ファイル &gt; モデルを保存 または `mnist-trainer train` で保存したファイルを開いてください</translation>
    </message>
    <message>
        <source>the file is damaged or was not written by MNIST Trainer; save the model again</source>
        <translation>ファイルが壊れているか、MNIST Trainer で書かれたものではありません。モデルを保存し直してください</translation>
    </message>
    <message>
        <source>{path} is not a model file ({what}); {fix}</source>
        <translation>{path} はモデルファイルではありません（{what}）。{fix}</translation>
    </message>
    <message>
        <source>{path} holds Python objects in &apos;{key}&apos; (stored with pickle), which MNIST Trainer does not load because opening them can run code; {fix}</source>
        <translation>{path} の &apos;{key}&apos; には Python オブジェクトが（pickle で）保存されています。開くとコードが実行されうるため、MNIST Trainer は読み込みません。{fix}</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete ({problem}); it was probably cut short while being saved or copied: copy or save it again</source>
        <translation>{path} は壊れているか不完全です（{problem}）。保存中かコピー中に途切れたと思われます。コピーか保存をやり直してください</translation>
    </message>
    <message>
        <source>{path}: {problem}; {fix}</source>
        <translation>{path}：{problem}。{fix}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} ほか {count} 個</translation>
    </message>
    <message>
        <source>{path} does not exist; check the name and folder, or {fix}</source>
        <translation>{path} は存在しません。名前とフォルダを確認してください。または{fix}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file; choose the model.npz inside it</source>
        <translation>{path} はモデルファイルではなくフォルダです。中の model.npz を選んでください</translation>
    </message>
    <message>
        <source>{path} cannot be read: you do not have permission to read it; ask its owner for read permission, or open a copy you may read</source>
        <translation>{path} を読み込めません：読み取りの権限がありません。所有者に読み取り権限を頼むか、読めるコピーを開いてください</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is {kind}); {fix}</source>
        <translation>{path} は通常のファイルではありません（{kind}です）。{fix}</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}); check that you may read it</source>
        <translation>{path} を読み込めませんでした（{reason}）。読み取りの権限があるか確認してください</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>何も入っていません</translation>
    </message>
    <message>
        <source>{path} is not a model saved by MNIST Trainer (no W1 in it; it holds {names}); {fix}</source>
        <translation>{path} は MNIST Trainer で保存したモデルではありません（W1 がなく、中身は {names}）。{fix}</translation>
    </message>
    <message>
        <source>{path} holds entries a model file of its network does not have: {names}; {fix}</source>
        <translation>{path} には、そのネットワークのモデルファイルにない項目があります：{names}。{fix}</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>空のファイルです</translation>
    </message>
    <message>
        <source>it is a PNG image</source>
        <translation>PNG 画像です</translation>
    </message>
    <message>
        <source>it is a single NumPy array (.npy), not an .npz model</source>
        <translation>単一の NumPy 配列（.npy）で、.npz のモデルではありません</translation>
    </message>
    <message>
        <source>its contents are not an .npz archive</source>
        <translation>中身が .npz アーカイブではありません</translation>
    </message>
    <message>
        <source>it is a text file</source>
        <translation>テキストファイルです</translation>
    </message>
    <message>
        <source>the training it comes from diverged: train again with a smaller learning rate and save that model</source>
        <translation>元の学習が発散しています。小さい学習率で学習し直し、そのモデルを保存してください</translation>
    </message>
    <message>
        <source>extra must be a dict</source>
        <translation>extra は dict でなければなりません</translation>
    </message>
    <message>
        <source>extra is not plain JSON data ({error})</source>
        <translation>extra が単純な JSON データではありません（{error}）</translation>
    </message>
    <message>
        <source>cannot save the model to {path}: {problem}</source>
        <translation>{path} にモデルを保存できません：{problem}</translation>
    </message>
    <message>
        <source>it has no {names} although it says it is format {version}</source>
        <translation>形式 {version} とあるのに {names} がありません</translation>
    </message>
    <message>
        <source>it was not written by MNIST Trainer (its app entry differs)</source>
        <translation>MNIST Trainer で書かれたものではありません（app の項目が違います）</translation>
    </message>
    <message>
        <source>its config describes a network format {version} does not hold</source>
        <translation>config が、形式 {version} では保存できないネットワークを記述しています</translation>
    </message>
    <message>
        <source>its {name} is not a whole number (dtype {dtype}, {shape})</source>
        <translation>{name} が整数ではありません（dtype {dtype}、{shape}）</translation>
    </message>
    <message>
        <source>its {name} entry is not text (dtype {dtype}, {shape})</source>
        <translation>{name} の項目がテキストではありません（dtype {dtype}、{shape}）</translation>
    </message>
    <message>
        <source>its {name} entry is too long ({count} characters; at most {most})</source>
        <translation>{name} の項目が長すぎます（{count} 文字。最大 {most}）</translation>
    </message>
    <message>
        <source>its {name} entry is {problem}</source>
        <translation>{name} の項目：{problem}</translation>
    </message>
    <message>
        <source>it has no format_version, so it was not written by MNIST Trainer</source>
        <translation>format_version がないため、MNIST Trainer で書かれたものではありません</translation>
    </message>
    <message>
        <source>it was saved by a newer MNIST Trainer (model format {version}; this version reads formats {formats} and {last})</source>
        <translation>新しい MNIST Trainer で保存されています（モデル形式 {version}。このバージョンが読めるのは形式 {formats} と {last}）</translation>
    </message>
    <message>
        <source>update the app to open it</source>
        <translation>開くにはアプリを更新してください</translation>
    </message>
    <message>
        <source>its format_version {version} is not one MNIST Trainer ever wrote</source>
        <translation>format_version {version} は MNIST Trainer が書いたことのない形式です</translation>
    </message>
    <message>
        <source>its config is not a JSON object of settings</source>
        <translation>config が設定の JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>its config is invalid: {problem}</source>
        <translation>config が正しくありません：{problem}</translation>
    </message>
    <message>
        <source>its config has a setting of the wrong type ({problem})</source>
        <translation>config に型の違う設定があります（{problem}）</translation>
    </message>
    <message>
        <source>its config has settings this version does not know: {names}</source>
        <translation>config にこのバージョンの知らない設定があります：{names}</translation>
    </message>
    <message>
        <source>it may come from a newer MNIST Trainer: update the app, or save the model again</source>
        <translation>新しい MNIST Trainer のものかもしれません。アプリを更新するか、モデルを保存し直してください</translation>
    </message>
    <message>
        <source>{sizes} with batch norm</source>
        <translation>{sizes}（Batch Norm あり）</translation>
    </message>
    <message>
        <source>it has entries that a {network} network trained with {optimizer} does not have: {names}</source>
        <translation>{optimizer} で学習した {network} のネットワークにはない項目があります：{names}</translation>
    </message>
    <message>
        <source>its {what} have the shapes {found}, where its config needs {needed}</source>
        <translation>{what}の形状が {found} ですが、config では {needed} が必要です</translation>
    </message>
    <message>
        <source>{key} holds {count} NaN or infinite values</source>
        <translation>{key} に NaN または無限大の値が {count} 個あります</translation>
    </message>
    <message>
        <source>it has no {names}, which its config&apos;s {network} network has</source>
        <translation>config の {network} のネットワークにある {names} がありません</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>its weights are {dtypes}, not all float32 or all float64</source>
        <translation>重みが {dtypes} で、すべて float32 でもすべて float64 でもありません</translation>
    </message>
    <message>
        <source>its {key} is {dtype}, not float32 or float64</source>
        <translation>{key} が {dtype} で、float32 でも float64 でもありません</translation>
    </message>
    <message>
        <source>it has some of batch norm&apos;s running statistics but not {names}</source>
        <translation>Batch Norm の移動平均の統計量の一部はありますが、{names} がありません</translation>
    </message>
    <message>
        <source>batch norm statistics</source>
        <translation>Batch Norm の統計量</translation>
    </message>
    <message>
        <source>its batch norm variances {names} hold negative values</source>
        <translation>Batch Norm の分散 {names} に負の値があります</translation>
    </message>
    <message>
        <source>its {key} {step} is negative</source>
        <translation>{key} {step} が負の値です</translation>
    </message>
    <message>
        <source>it has part of the {optimizer} optimizer&apos;s state, without {names}</source>
        <translation>{optimizer} の状態の一部しかなく、{names} がありません</translation>
    </message>
    <message>
        <source>its {key} is 0 but it has Adam&apos;s moments m and v</source>
        <translation>{key} が 0 なのに Adam のモーメント m と v があります</translation>
    </message>
    <message>
        <source>optimizer state</source>
        <translation>更新手法の状態</translation>
    </message>
    <message>
        <source>the training it comes from diverged: train again and save that model</source>
        <translation>元の学習が発散しています。学習し直して、そのモデルを保存してください</translation>
    </message>
    <message>
        <source>its sums of squared gradients {names} hold negative values</source>
        <translation>勾配の2乗和 {names} に負の値があります</translation>
    </message>
    <message>
        <source>its iterations_done {done} is not between 0 and {most}</source>
        <translation>iterations_done {done} が 0 から {most} の範囲にありません</translation>
    </message>
    <message>
        <source>its metrics_losses are {dtype} {shape}, not (N,) floats</source>
        <translation>metrics_losses が {dtype} {shape} で、(N,) の浮動小数点数ではありません</translation>
    </message>
    <message>
        <source>it has {count} losses but iterations_done is {done}; pass iterations_done=len(losses)</source>
        <translation>損失が {count} 個あるのに iterations_done が {done} です。iterations_done=len(losses) を渡してください</translation>
    </message>
    <message>
        <source>its metrics_epochs are {dtype} {shape}, not (E, 4) floats</source>
        <translation>metrics_epochs が {dtype} {shape} で、(E, 4) の浮動小数点数ではありません</translation>
    </message>
    <message>
        <source>its metrics_epochs have {count} rows, more than {iterations} iterations can measure</source>
        <translation>metrics_epochs が {count} 行あり、{iterations} 回の繰り返しで測れる数を超えています</translation>
    </message>
    <message>
        <source>its metrics_epochs hold NaN or infinite values</source>
        <translation>metrics_epochs に NaN または無限大の値があります</translation>
    </message>
    <message>
        <source>its metrics_epochs have epochs or iterations that are not whole numbers</source>
        <translation>metrics_epochs に整数でないエポックか繰り返し回数があります</translation>
    </message>
    <message>
        <source>its metrics_epochs have iterations beyond iterations_done or accuracies outside 0..1</source>
        <translation>metrics_epochs に iterations_done を超える繰り返しか、0..1 の外の認識精度があります</translation>
    </message>
    <message>
        <source>its extra entry is not a JSON object</source>
        <translation>extra の項目が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>名前付きパイプ（FIFO）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>キャラクタデバイス</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>its {key} entry holds Python objects (stored with pickle)</source>
        <translation>{key} の項目に Python オブジェクトが（pickle で）保存されています</translation>
    </message>
    <message>
        <source>it has {count} members, more than {most}</source>
        <translation>メンバーが {count} 個あり、上限の {most} を超えています</translation>
    </message>
    <message>
        <source>its {key} entry unpacks to {size} bytes, more than the {most} it may have</source>
        <translation>{key} の項目は展開すると {size} バイトになり、上限の {most} を超えます</translation>
    </message>
    <message>
        <source>its {key} entry holds {size} bytes of data but its header declares {declared}</source>
        <translation>{key} の項目のデータは {size} バイトですが、ヘッダーでは {declared} となっています</translation>
    </message>
    <message>
        <source>it uses zip64 records, which only archives of 4 GB or 65,535 members need</source>
        <translation>zip64 レコードを使っています（4 GB か 65,535 メンバーのアーカイブにしか必要ないものです）</translation>
    </message>
    <message>
        <source>it declares {count} members in {size} bytes of contents, more than {most}</source>
        <translation>目次 {size} バイトに {count} 個のメンバーがあるとしていて、上限の {most} を超えています</translation>
    </message>
    <message>
        <source>.npy format {version} is not read here</source>
        <translation>.npy 形式 {version} は読み込めません</translation>
    </message>
    <message>
        <source>its {key} entry declares the shape {shape}</source>
        <translation>{key} の項目の形状が {shape} となっています</translation>
    </message>
    <message>
        <source>its {key} entry declares {dtype} {shape} ({size} bytes), more than the {most} bytes it may have</source>
        <translation>{key} の項目は {dtype} {shape}（{size} バイト）で、上限の {most} バイトを超えています</translation>
    </message>
    <message>
        <source>the data ends after {done} of {size} bytes</source>
        <translation>データが {size} バイト中 {done} バイトで終わっています</translation>
    </message>
</context>
<context>
    <name>MyDigits</name>
    <message>
        <source>delete or rename the file to start a new set</source>
        <translation>新しいセットを始めるには、このファイルを削除するか名前を変えてください</translation>
    </message>
    <message>
        <source>a digit is 28x28 pixels; this image has shape {shape}</source>
        <translation>数字は 28x28 ピクセルですが、この画像の形状は {shape} です</translation>
    </message>
    <message>
        <source>a digit&apos;s pixels are uint8 or floats, not {dtype}</source>
        <translation>数字のピクセルは uint8 か浮動小数点数で、{dtype} は使えません</translation>
    </message>
    <message>
        <source>the image holds NaN or infinite pixels</source>
        <translation>画像に NaN または無限大のピクセルがあります</translation>
    </message>
    <message>
        <source>a digit&apos;s label is a whole number from 0 to 9, not {label}</source>
        <translation>数字のラベルは 0 から 9 の整数で、{label} は使えません</translation>
    </message>
    <message>
        <source>{path} is not a regular file; {fix}</source>
        <translation>{path} は通常のファイルではありません。{fix}</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); check its permissions</source>
        <translation>{path} を読み込めません（{reason}）。権限を確認してください</translation>
    </message>
    <message>
        <source>{path} is too large to be a set; {fix}</source>
        <translation>{path} はセットにしては大きすぎます。{fix}</translation>
    </message>
    <message>
        <source>{path}: {problem}; {fix}</source>
        <translation>{path}：{problem}。{fix}</translation>
    </message>
    <message>
        <source>every image needs one label</source>
        <translation>画像ごとにラベルが 1 つ必要です</translation>
    </message>
    <message>
        <source>a set holds at most {most} drawings; it has {count}: remove some first</source>
        <translation>セットに入る絵は最大 {most} 枚で、すでに {count} 枚あります。先にいくつか削除してください</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason}); the set is unchanged; check that the folder may be written and the disk has room</source>
        <translation>{path} に書き込めません（{reason}）。セットは変わっていません。フォルダに書き込めるか、ディスクに空きがあるか確認してください</translation>
    </message>
    <message>
        <source>it is not a set of drawings (unexpected contents)</source>
        <translation>絵のセットではありません（想定外の中身です）</translation>
    </message>
    <message>
        <source>it is damaged or not a set ({problem})</source>
        <translation>壊れているか、セットではありません（{problem}）</translation>
    </message>
    <message>
        <source>it was written by another version of MNIST Trainer</source>
        <translation>別のバージョンの MNIST Trainer で書かれています</translation>
    </message>
    <message>
        <source>its images are not 28x28 uint8 pixels, one per label</source>
        <translation>画像が、ラベルごとに 1 枚の 28x28 uint8 ピクセルになっていません</translation>
    </message>
    <message>
        <source>its labels are not digits from 0 to 9</source>
        <translation>ラベルが 0 から 9 の数字ではありません</translation>
    </message>
    <message>
        <source>its drawings&apos; ids are missing or repeated</source>
        <translation>絵の ID が欠けているか重複しています</translation>
    </message>
    <message>
        <source>its next id is missing or not above every drawing&apos;s</source>
        <translation>次の ID がないか、すべての絵の ID より大きくありません</translation>
    </message>
    <message>
        <source>{path} is not an empty folder; choose a new or empty folder</source>
        <translation>{path} は空のフォルダではありません。新しいフォルダか空のフォルダを選んでください</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason}); nothing was exported; check that the folder may be written and the disk has room</source>
        <translation>{path} に書き込めません（{reason}）。何も書き出していません。フォルダに書き込めるか、ディスクに空きがあるか確認してください</translation>
    </message>
    <message>
        <source>it is {kind}, not an image file</source>
        <translation>画像ファイルではなく{kind}です</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>it is too large to be a 28x28 digit</source>
        <translation>28x28 の数字にしては大きすぎます</translation>
    </message>
    <message>
        <source>it is not a PNG image</source>
        <translation>PNG 画像ではありません</translation>
    </message>
    <message>
        <source>it is {width}x{height} pixels, not 28x28</source>
        <translation>{width}x{height} ピクセルで、28x28 ではありません</translation>
    </message>
    <message>
        <source>it is a damaged PNG</source>
        <translation>壊れた PNG です</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); choose a folder of PNGs</source>
        <translation>{path} を読み込めません（{reason}）。PNG の入ったフォルダを選んでください</translation>
    </message>
    <message>
        <source>its name does not start with its label (like 7_0001.png)</source>
        <translation>名前がラベルで始まっていません（7_0001.png のように）</translation>
    </message>
    <message>
        <source>only {count} files are read</source>
        <translation>読み込むのは {count} 個のファイルまでです</translation>
    </message>
</context>
<context>
    <name>MyDigitsWidget</name>
    <message>
        <source>Your drawings and their true labels; ✓ or ✗: how the model chosen on the right reads them</source>
        <translation>あなたの手書き数字と正解ラベル。✓/✗は右で選んだモデルの認識結果です</translation>
    </message>
    <message>
        <source>My digits gallery</source>
        <translation>自分の数字の一覧</translation>
    </message>
    <message>
        <source>Accuracy of each model on your digits; choose a row to mark the drawings</source>
        <translation>各モデルがあなたの数字を認識した精度。行を選ぶと一覧に✓/✗が付きます</translation>
    </message>
    <message>
        <source>Scores on my digits</source>
        <translation>自分の数字での認識精度</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字の数</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Write your digits as PNG files named by their label (7_0001.png) into a new folder</source>
        <translation>数字を、ラベル名の PNG ファイル（7_0001.png）として新しいフォルダに書き出します</translation>
    </message>
    <message>
        <source>Export my digits</source>
        <translation>自分の数字を書き出す</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <source>Add the 28x28 PNG files of a folder: named by their label (7_0001.png) or in sub-folders 0 to 9</source>
        <translation>フォルダ内の 28x28 の PNG ファイルを追加します（ラベル名の 7_0001.png、またはサブフォルダ 0〜9）</translation>
    </message>
    <message>
        <source>Import digits</source>
        <translation>数字を読み込む</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected drawings (Delete)</source>
        <translation>選んだ数字を削除（Delete）</translation>
    </message>
    <message>
        <source>Remove the selected drawings</source>
        <translation>選んだ数字を削除</translation>
    </message>
    <message>
        <source>My digits message</source>
        <translation>自分の数字のメッセージ</translation>
    </message>
    <message>
        <source>Could not read My digits: {error}</source>
        <translation>自分の数字を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not score the saved runs: {error}</source>
        <translation>保存した学習の記録を評価できませんでした: {error}</translation>
    </message>
    <message>
        <source>No drawings yet: draw a digit, choose its label and press Save to my digits.</source>
        <translation>まだ数字がありません。数字を描き、ラベルを選んで「自分の数字に保存」を押してください。</translation>
    </message>
    <message>
        <source>Drawings: {count}</source>
        <translation>数字: {count}</translation>
    </message>
    <message>
        <source>Live network</source>
        <translation>学習中のネットワーク</translation>
    </message>
    <message>
        <source>This run has no saved model.</source>
        <translation>この学習の記録にはモデルが保存されていません。</translation>
    </message>
    <message>
        <source>This run was trained on another dataset, not on digits.</source>
        <translation>この学習は数字ではなく別のデータセットで行ったものです。</translation>
    </message>
    <message>
        <source>Remove the selected drawings from My digits ({count})?</source>
        <translation>選んだ数字（{count} 個）を自分の数字から削除しますか？</translation>
    </message>
    <message>
        <source>Remove drawings</source>
        <translation>数字の削除</translation>
    </message>
    <message>
        <source>Could not remove: {error}</source>
        <translation>削除できませんでした: {error}</translation>
    </message>
    <message>
        <source>Removed drawings: {count}</source>
        <translation>削除した数字: {count}</translation>
    </message>
    <message>
        <source>Export my digits into a new or empty folder</source>
        <translation>自分の数字を新しいフォルダか空のフォルダに書き出す</translation>
    </message>
    <message>
        <source>Import digits from a folder of PNGs</source>
        <translation>PNG のフォルダから数字を読み込む</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>書き出せませんでした: {error}</translation>
    </message>
    <message>
        <source>Exported {count} drawings to {folder}</source>
        <translation>{folder} に数字を書き出しました（{count} 個）</translation>
    </message>
    <message>
        <source>Could not import: {error}</source>
        <translation>読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Added {added} drawings; skipped {skipped} files.</source>
        <translation>数字を {added} 個追加し、{skipped} 個のファイルをスキップしました。</translation>
    </message>
    <message>
        <source>True label: {label}</source>
        <translation>正解ラベル: {label}</translation>
    </message>
    <message>
        <source>True label: {label}; the model reads {read}</source>
        <translation>正解ラベル: {label}、モデルの認識: {read}</translation>
    </message>
</context>
<context>
    <name>MyDigitsWindow</name>
    <message>
        <source>My digits</source>
        <translation>自分の数字</translation>
    </message>
    <message>
        <source>Export for the &amp;book&apos;s scripts…</source>
        <translation>本のスクリプト用に書き出し(&amp;B)…</translation>
    </message>
    <message>
        <source>Write the network&apos;s params as the book&apos;s save_params does (a pickle): only for the book&apos;s own scripts</source>
        <translation>ネットワークの params を本の save_params と同じ形式（pickle）で書き出します。本のスクリプト専用です</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>書き出すものがありません</translation>
    </message>
    <message>
        <source>Train a network first (Start or Step).</source>
        <translation>先にネットワークを学習させてください（「開始」または「ステップ」）。</translation>
    </message>
    <message>
        <source>Export for the book&apos;s scripts</source>
        <translation>本のスクリプト用に書き出し</translation>
    </message>
    <message>
        <source>Pickle for the book&apos;s scripts (*.pkl)</source>
        <translation>本のスクリプト用 pickle (*.pkl)</translation>
    </message>
    <message>
        <source>Saved {file} for the book&apos;s scripts</source>
        <translation>本のスクリプト用に {file} を保存しました</translation>
    </message>
    <message>
        <source>Batch Normalization</source>
        <translation>Batch Normalization</translation>
    </message>
    <message>
        <source>The book&apos;s params hold gamma and beta but not the running mean and variance of Batch Normalization, which the book&apos;s scripts build only while training: right after loading, their predictions are off.</source>
        <translation>本の params には gamma と beta は含まれますが、Batch Normalization の移動平均と分散は含まれません。本のスクリプトはこれらを学習中にしか作らないため、読み込んだ直後の推論はずれます。</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>{file} を書き込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsWidget</name>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Units in each hidden layer, input to output: 50 is the book&apos;s 784-50-10 network, 100, 100, 100, 100 chapter 6&apos;s deep one ({help})</source>
        <translation>入力側から順に各隠れ層のニューロン数: 50 は本の 784-50-10 のネットワーク、100, 100, 100, 100 は6章の深いネットワーク ({help})</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隠れ層</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>The hidden layers&apos; activation function: sigmoid (chapter 4), ReLU or tanh</source>
        <translation>隠れ層の活性化関数: シグモイド関数 (4章)、ReLU、tanh</translation>
    </message>
    <message>
        <source>Weight init</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>Initial weights: a fixed standard deviation (chapter 4: 0.01), Xavier (sqrt(1/n), suits sigmoid and tanh) or He (sqrt(2/n), suits ReLU), n being the size of the layer before</source>
        <translation>重みの初期値: 固定の標準偏差 (4章: 0.01)、Xavierの初期値 (sqrt(1/n)、シグモイドと tanh 向き)、Heの初期値 (sqrt(2/n)、ReLU 向き)。n は前の層のニューロン数</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>Init std</source>
        <translation>初期値の標準偏差</translation>
    </message>
    <message>
        <source>Standard deviation of the initial weights (when &quot;{std}&quot; is chosen)</source>
        <translation>重みの初期値の標準偏差 (「{std}」を選んだとき)</translation>
    </message>
</context>
<context>
    <name>NetworkText</name>
    <message>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <source>std {value}</source>
        <translation>標準偏差 {value}</translation>
    </message>
    <message>
        <source>{optimizer} lr {rate}</source>
        <translation>{optimizer} 学習率 {rate}</translation>
    </message>
    <message>
        <source>weight decay {value}</source>
        <translation>Weight decay {value}</translation>
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
        <translation>{network}: パラメータ {count} 個</translation>
    </message>
    <message>
        <source>settings unknown, {count} iterations</source>
        <translation>設定不明、{count} 回更新</translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation>{count} 回更新</translation>
    </message>
    <message>
        <source>{done} of {total} iterations</source>
        <translation>{total} 回中 {done} 回更新</translation>
    </message>
    <message>
        <source>{layers}, lr {rate}, batch {batch}, {iterations}</source>
        <translation>{layers}、学習率 {rate}、ミニバッチ {batch}、{iterations}</translation>
    </message>
    <message>
        <source>{layers}, {activation}, {optimizer}, batch {batch}, {iterations}</source>
        <translation>{layers}、{activation}、{optimizer}、ミニバッチ {batch}、{iterations}</translation>
    </message>
</context>
<context>
    <name>OptimizerLabWidget</name>
    <message>
        <source>Hover over a point of a path (or click the plot and use the arrow keys) to see the step that reached it, with its numbers.</source>
        <translation>経路上の点にマウスを重ねる（またはグラフをクリックして矢印キーを使う）と、その点に至った更新を数値つきで表示します。</translation>
    </message>
    <message>
        <source>The book&apos;s bowl with each optimizer&apos;s 30 steps; hover over a point, or use the arrow keys, to see its step</source>
        <translation>本のお椀型の関数と各更新手法の 30 ステップ。点にマウスを重ねるか矢印キーで、その更新を表示します</translation>
    </message>
    <message>
        <source>Optimizer paths</source>
        <translation>更新手法の経路</translation>
    </message>
    <message>
        <source>The update of the point under the mouse, with its numbers</source>
        <translation>マウスの下の点の更新（数値つき）</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>更新の詳細</translation>
    </message>
    <message>
        <source>Book&apos;s learning rates</source>
        <translation>本の学習率</translation>
    </message>
    <message>
        <source>Set every learning rate back to optimizer_compare_naive.py&apos;s: SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3</source>
        <translation>すべての学習率を optimizer_compare_naive.py の値に戻します：SGD 0.95、Momentum 0.1、AdaGrad 1.5、Adam 0.3</translation>
    </message>
    <message>
        <source>Show or hide {optimizer}&apos;s path</source>
        <translation>{optimizer} の経路を表示・非表示にします</translation>
    </message>
    <message>
        <source>Show {optimizer}</source>
        <translation>{optimizer} を表示</translation>
    </message>
    <message>
        <source>{optimizer}&apos;s learning rate, {low} to {high} on a log scale (the book uses {book}); the arrow keys and Page Up/Down move it</source>
        <translation>{optimizer} の学習率。{low}〜{high} の対数目盛（本では {book}）。矢印キーと Page Up/Down で動かせます</translation>
    </message>
    <message>
        <source>{optimizer} learning rate</source>
        <translation>{optimizer} の学習率</translation>
    </message>
    <message>
        <source>{optimizer}&apos;s learning rate</source>
        <translation>{optimizer} の学習率</translation>
    </message>
    <message>
        <source>{optimizer} learning rate value</source>
        <translation>{optimizer} の学習率の値</translation>
    </message>
    <message>
        <source>lr {lr} (diverges)</source>
        <translation>学習率 {lr}（発散）</translation>
    </message>
    <message>
        <source>lr {lr}</source>
        <translation>学習率 {lr}</translation>
    </message>
    <message>
        <source>Start: W = (x, y) = ({x}, {y}); every path begins here.
Hover over a later point to see the step that reached it.</source>
        <translation>開始点：W = (x, y) = ({x}, {y})。すべての経路はここから始まります。
後の点にマウスを重ねると、その点に至った更新を表示します。</translation>
    </message>
    <message>
        <source>{optimizer}, step {step} ({settings})</source>
        <translation>{optimizer}、{step} 回目の更新（{settings}）</translation>
    </message>
</context>
<context>
    <name>OptimizerSettingsWidget</name>
    <message>
        <source>Optimizer</source>
        <translation>更新手法</translation>
    </message>
    <message>
        <source>How the gradient updates the weights (chapter 6). Choosing one sets the learning rate to the book&apos;s default for it: {rates}.</source>
        <translation>勾配で重みを更新する手法 (6章)。選ぶと学習率が本の既定値になります: {rates}。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>The optimizer&apos;s step size (lr); can be changed while training (applies from the next iteration)</source>
        <translation>更新の歩幅 (lr)。学習中も変更でき、次の更新から反映されます</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Momentum and Nesterov: how much velocity is kept</source>
        <translation>Momentum と Nesterov: 速度をどれだけ保つか</translation>
    </message>
    <message>
        <source>Decay rate</source>
        <translation>減衰率</translation>
    </message>
    <message>
        <source>RMSprop: how much of the running average of squared gradients is kept</source>
        <translation>RMSprop: 勾配の2乗の移動平均をどれだけ保つか</translation>
    </message>
    <message>
        <source>Beta 1</source>
        <translation>β1</translation>
    </message>
    <message>
        <source>Adam: decay of the running mean of the gradients</source>
        <translation>Adam: 勾配の移動平均の減衰率</translation>
    </message>
    <message>
        <source>Beta 2</source>
        <translation>β2</translation>
    </message>
    <message>
        <source>Adam: decay of the running mean of the squared gradients</source>
        <translation>Adam: 勾配の2乗の移動平均の減衰率</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Transforms</source>
        <translation>変換</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>間引き</translation>
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
        <translation>グリッド</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Plot Options</source>
        <translation>プロットのオプション</translation>
    </message>
</context>
<context>
    <name>RaceAccuracyPlot</name>
    <message>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>Each contestant&apos;s accuracy per epoch: train solid with circles, test dashed</source>
        <translation>各出場者のエポックごとの認識精度：訓練データは実線と丸、テストデータは破線</translation>
    </message>
    <message>
        <source>Race accuracy plot</source>
        <translation>レースの認識精度グラフ</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>テスト</translation>
    </message>
</context>
<context>
    <name>RaceLossPlot</name>
    <message>
        <source>Loss per iteration (smoothed: the book&apos;s smooth_curve)</source>
        <translation>繰り返しごとの損失（平滑化：本の smooth_curve）</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>繰り返し回数</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Raw losses</source>
        <translation>生の損失</translation>
    </message>
    <message>
        <source>Show every contestant&apos;s raw losses under its smoothed curve</source>
        <translation>各出場者の生の損失を平滑化した曲線の下に表示します</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Follow the data again, with y fitted to what is shown</source>
        <translation>再びデータを追い、y を表示中のデータに合わせます</translation>
    </message>
    <message>
        <source>Fit the loss plot</source>
        <translation>損失のグラフを全体表示</translation>
    </message>
    <message>
        <source>Each contestant&apos;s loss in its colour: faint raw, solid smoothed</source>
        <translation>各出場者の損失をその色で：薄い線が生の値、濃い線が平滑化した値</translation>
    </message>
    <message>
        <source>Race loss plot</source>
        <translation>レースの損失グラフ</translation>
    </message>
</context>
<context>
    <name>RaceSetupWidget</name>
    <message>
        <source>Race</source>
        <translation>レース</translation>
    </message>
    <message>
        <source>The contestants of the next race, named by what differs between them; double-click one or press Enter to show its settings in the dock, Delete to remove it</source>
        <translation>次のレースの出場者（互いに異なる点で名前が付きます）。ダブルクリックか Enter で設定を「学習」パネルに表示、Delete で削除します</translation>
    </message>
    <message>
        <source>Race contestants</source>
        <translation>レースの出場者</translation>
    </message>
    <message>
        <source>Add to race</source>
        <translation>レースに追加</translation>
    </message>
    <message>
        <source>Add the settings above as a contestant (2 to 6)</source>
        <translation>上の設定を出場者として追加します（2〜6）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected contestant</source>
        <translation>選んだ出場者を削除します</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>すべて削除</translation>
    </message>
    <message>
        <source>Remove every contestant</source>
        <translation>すべての出場者を削除します</translation>
    </message>
    <message>
        <source>Start race</source>
        <translation>レース開始</translation>
    </message>
    <message>
        <source>Train every contestant at once, on the same minibatches, each in its own process; Pause, Step, Stop and Reset then act on the whole race</source>
        <translation>すべての出場者を同じミニバッチで同時に学習します（それぞれ別のプロセス）。「一時停止」「ステップ」「停止」「リセット」はレース全体に働きます</translation>
    </message>
</context>
<context>
    <name>RaceTable</name>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Best test acc</source>
        <translation>最高テスト精度</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>it/s</source>
        <translation>回/秒</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>更新手法</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隠れ層</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Weight decay</translation>
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
        <translation>ミニバッチ</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Iterations planned</source>
        <translation>予定の繰り返し</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽出方法</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>batch {batch}, {iterations} iterations on the first {images} training images, {sampling} sampling</source>
        <translation>ミニバッチ {batch}、訓練データの先頭 {images} 枚で {iterations} 回、{sampling}</translation>
    </message>
    <message>
        <source>batch {batch}, {iterations} iterations on all training images, {sampling} sampling</source>
        <translation>ミニバッチ {batch}、訓練データ全体で {iterations} 回、{sampling}</translation>
    </message>
    <message>
        <source>seed {seed}, batch seed {batch_seed}</source>
        <translation>シード {seed}、ミニバッチのシード {batch_seed}</translation>
    </message>
    <message>
        <source>One row per contestant: the settings that differ, highlighted, then its progress; select a row to see that contestant&apos;s weights and settings</source>
        <translation>出場者ごとに1行：異なる設定（強調表示）とその進み具合。行を選ぶと、その重みと設定を表示します</translation>
    </message>
    <message>
        <source>Race table</source>
        <translation>レースの表</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>出場者</translation>
    </message>
</context>
<context>
    <name>RaceTexts</name>
    <message>
        <source>{optimizer} lr {lr}</source>
        <translation>{optimizer} 学習率 {lr}</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>復元抽出</translation>
    </message>
    <message>
        <source>shuffle</source>
        <translation>シャッフル</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>数値微分</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>weight decay {value}</source>
        <translation>Weight decay {value}</translation>
    </message>
    <message>
        <source>dropout {value}</source>
        <translation>Dropout {value}</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>Batch Norm あり</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>Batch Norm なし</translation>
    </message>
    <message>
        <source>decay {value}</source>
        <translation>減衰率 {value}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>ミニバッチ {size}</translation>
    </message>
    <message>
        <source>all images</source>
        <translation>全画像</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} 枚</translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation>{count} 回</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>シード {seed}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{network}: {count} parameters</source>
        <translation>{network}: パラメータ {count} 個</translation>
    </message>
</context>
<context>
    <name>ReadingBarsWidget</name>
    <message>
        <source>The probability of each class; the darker bar is the network&apos;s answer</source>
        <translation>各クラスの確率。濃い棒がネットワークの答えです</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>Activation of each hidden unit; green: the units that pushed hardest towards the answer (outlined in the weights view too)</source>
        <translation>隠れ層の各ニューロンの出力。緑: 答えに最も強く寄与したニューロン（重みの表示でも枠で囲まれます）</translation>
    </message>
    <message>
        <source>Hidden unit activations</source>
        <translation>隠れ層の出力</translation>
    </message>
    <message>
        <source>probabilities</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>hidden units z{layer}</source>
        <translation>隠れ層 z{layer}</translation>
    </message>
</context>
<context>
    <name>RegularisationSettingsWidget</name>
    <message>
        <source>Regularisation</source>
        <translation>正則化</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Weight decay</translation>
    </message>
    <message>
        <source>L2 weight decay lambda: the loss gains 0.5 * lambda * sum(W**2) for every layer (the book&apos;s overfitting experiment uses 0.1); 0 is off</source>
        <translation>L2 の Weight decay の λ: 各層について損失関数に 0.5 * lambda * sum(W**2) を加えます (本の過学習の実験では 0.1)。0 でオフ</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Share of hidden units dropped at random in each training iteration (the book tries 0.2); 0 is off</source>
        <translation>学習の各更新で隠れ層のニューロンをランダムに消去する割合 (本では 0.2)。0 でオフ</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Batch Normalization</translation>
    </message>
    <message>
        <source>Normalise every hidden layer&apos;s input over the batch (with a learnt scale and shift) after its Affine layer</source>
        <translation>各隠れ層の Affineレイヤの後で、ミニバッチごとに入力を正規化します (スケールとシフトも学習)</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>the training process could not be started</source>
        <translation>学習用のプロセスを起動できませんでした</translation>
    </message>
    <message>
        <source>This run will not be saved in {folder}: {error}</source>
        <translation>この学習は {folder} に保存されません: {error}</translation>
    </message>
    <message>
        <source>Could not save the run in {folder}: {error}</source>
        <translation>学習の記録を {folder} に保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Paused: diverged</source>
        <translation>一時停止：発散</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Phase of the run</source>
        <translation>学習の状態</translation>
    </message>
    <message>
        <source>Iterations done</source>
        <translation>完了した繰り返し回数</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Train and test accuracy</source>
        <translation>訓練データとテストデータの認識精度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>学習時間</translation>
    </message>
    <message>
        <source>train / test acc -</source>
        <translation>認識精度 訓練 / テスト -</translation>
    </message>
    <message>
        <source>train / test acc {train} / {test}</source>
        <translation>認識精度 訓練 / テスト {train} / {test}</translation>
    </message>
    <message>
        <source>{rate} it/s</source>
        <translation>{rate} 回/秒</translation>
    </message>
    <message>
        <source>elapsed {elapsed}, ETA {eta}</source>
        <translation>経過 {elapsed}、残り {eta}</translation>
    </message>
    <message>
        <source>trained {elapsed}</source>
        <translation>学習時間 {elapsed}</translation>
    </message>
    <message>
        <source>iteration {done} / {total}</source>
        <translation>繰り返し {done} / {total}</translation>
    </message>
    <message>
        <source>epoch -</source>
        <translation>エポック -</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>エポック {epoch}</translation>
    </message>
    <message>
        <source>loss -</source>
        <translation>損失 -</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>損失 {loss}</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>it is a symbolic link, not a file</source>
        <translation>ファイルではなくシンボリックリンクです</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>it cannot be opened ({reason})</source>
        <translation>開けません（{reason}）</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>it is larger than {size} bytes</source>
        <translation>{size} バイトを超えています</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>it is {problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation>JSON オブジェクトが入っていません</translation>
    </message>
    <message>
        <source>the file is damaged or was not written by MNIST Trainer; delete the run or the file</source>
        <translation>ファイルが壊れているか、MNIST Trainer で書かれたものではありません。この学習かファイルを削除してください</translation>
    </message>
    <message>
        <source>the program that wrote this run stopped before the run ended (it was killed or crashed); the files keep what was saved until then</source>
        <translation>この学習を書いていたプログラムが、学習の終了前に止まりました（強制終了かクラッシュ）。ファイルにはそれまでに保存した内容が残っています</translation>
    </message>
    <message>
        <source>run.json is missing: the run stopped before it saved its settings; delete it</source>
        <translation>run.json がありません。設定を保存する前に学習が止まりました。この学習を削除してください</translation>
    </message>
    <message>
        <source>run.json cannot be read: {problem}; {fix}</source>
        <translation>run.json を読み込めません：{problem}。{fix}</translation>
    </message>
    <message>
        <source>the folder cannot be read ({reason}); check its permissions</source>
        <translation>フォルダを読み込めません（{reason}）。権限を確認してください</translation>
    </message>
    <message>
        <source>{path}: no such file; this folder is not a run</source>
        <translation>{path}：ファイルがありません。このフォルダは学習の記録ではありません</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}; {fix}</source>
        <translation>{path} を読み込めません：{problem}。{fix}</translation>
    </message>
    <message>
        <source>{path}: the first line is not {header}; {fix}</source>
        <translation>{path}：1 行目が {header} ではありません。{fix}</translation>
    </message>
    <message>
        <source>{path}: line {line} is not &apos;iteration,loss&apos; ({row}); {fix}</source>
        <translation>{path}：{line} 行目が &apos;iteration,loss&apos; の形ではありません（{row}）。{fix}</translation>
    </message>
    <message>
        <source>{path}: a row is malformed ({problem}); {fix}</source>
        <translation>{path}：形式の正しくない行があります（{problem}）。{fix}</translation>
    </message>
    <message>
        <source>cannot rename {name}: the name is empty; type a name</source>
        <translation>{name} の名前を変更できません：名前が空です。名前を入力してください</translation>
    </message>
    <message>
        <source>cannot rename {name}: the name holds a line break or another control character; type it on one line</source>
        <translation>{name} の名前を変更できません：名前に改行などの制御文字があります。1 行で入力してください</translation>
    </message>
    <message>
        <source>will not delete {path}: it no longer exists; refresh</source>
        <translation>{path} は削除しません：もう存在しません。一覧を更新してください</translation>
    </message>
    <message>
        <source>will not delete {path}: it is not a run folder (a link or a file)</source>
        <translation>{path} は削除しません：学習のフォルダではありません（リンクかファイルです）</translation>
    </message>
    <message>
        <source>will not delete {path}: hidden folders are not runs</source>
        <translation>{path} は削除しません：隠しフォルダは学習の記録ではありません</translation>
    </message>
    <message>
        <source>will not delete {path}: it is not a run inside {root}</source>
        <translation>{path} は削除しません：{root} の中の学習ではありません</translation>
    </message>
    <message>
        <source>will not delete {path}: it is not a run folder (no {file}, and files MNIST Trainer did not write)</source>
        <translation>{path} は削除しません：学習のフォルダではありません（{file} がなく、MNIST Trainer が書いていないファイルがあります）</translation>
    </message>
    <message>
        <source>will not delete {path}: process {pid} on this computer is still writing it; stop that run first</source>
        <translation>{path} は削除しません：このコンピューターのプロセス {pid} がまだ書き込んでいます。先にその学習を止めてください</translation>
    </message>
    <message>
        <source>will not delete {path}: the folder cannot be read ({reason}); check its permissions</source>
        <translation>{path} は削除しません：フォルダを読み込めません（{reason}）。権限を確認してください</translation>
    </message>
    <message>
        <source>cannot delete {path}: moving it into {trash} failed ({reason}); nothing was deleted; check that you may write to {root}</source>
        <translation>{path} を削除できません：{trash} への移動に失敗しました（{reason}）。何も削除していません。{root} に書き込めるか確認してください</translation>
    </message>
    <message>
        <source>the trash is not a folder</source>
        <translation>ごみ箱がフォルダではありません</translation>
    </message>
</context>
<context>
    <name>RunsWidget</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Test acc</source>
        <translation>テスト認識精度</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読めない</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <source>No runs folder chosen yet.</source>
        <translation>記録フォルダがまだ選ばれていません。</translation>
    </message>
    <message>
        <source>{folder} does not exist yet: runs appear here once one is saved.</source>
        <translation>{folder} はまだありません。学習を保存するとここに表示されます。</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose a folder for runs (File &gt; Runs folder…).</source>
        <translation>{folder} はフォルダではなくファイルです。記録フォルダを選んでください（ファイル &gt; 記録フォルダ…）。</translation>
    </message>
    <message>
        <source>{folder} cannot be read ({reason}): check its permissions.</source>
        <translation>{folder} を読めません ({reason})。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>No runs in {folder} yet: train a network and its run appears here.</source>
        <translation>{folder} にはまだ学習がありません。ネットワークを学習させるとここに表示されます。</translation>
    </message>
    <message>
        <source>Delete 1 run? This cannot be undone.</source>
        <translation>学習を 1 件削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <source>Delete {count} runs? This cannot be undone.</source>
        <translation>学習を {count} 件削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <source>{name} ({status}): {problem}</source>
        <translation>{name} ({status}): {problem}</translation>
    </message>
    <message>
        <source>{name} is not overlaid: {reason}</source>
        <translation>{name} は重ねて表示できません: {reason}</translation>
    </message>
    <message>
        <source>The saved runs; select some to draw their curves over the plots. Enter opens, F2 renames, Delete deletes, F5 refreshes; right-click or the Menu key for more</source>
        <translation>保存した学習の一覧。選ぶとその曲線をグラフに重ねて表示します。Enter で開く、F2 で名前を変更、Delete で削除、F5 で更新。右クリックかメニューキーでほかの操作</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>保存した学習</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open the run&apos;s model: see it, read digits, or continue it (Enter)</source>
        <translation>この学習のモデルを開く: 見る、数字を読ませる、続きを学習する (Enter)</translation>
    </message>
    <message>
        <source>Select race</source>
        <translation>レースを選択</translation>
    </message>
    <message>
        <source>Select every contestant of the selected run&apos;s race, to draw them all over the plots</source>
        <translation>選んだ学習が出場したレースの全出場者を選び、すべてをグラフに重ねます</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>List the runs folder again (F5)</source>
        <translation>記録フォルダを読み直す (F5)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前の変更…</translation>
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation>選んだ学習の名前を変更 (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected runs, after asking (Delete)</source>
        <translation>確認してから選んだ学習を削除 (Delete)</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>学習の削除</translation>
    </message>
    <message>
        <source>(no runs folder)</source>
        <translation>(記録フォルダなし)</translation>
    </message>
    <message>
        <source>Runs folder: {folder}</source>
        <translation>記録フォルダ: {folder}</translation>
    </message>
    <message>
        <source>Select exactly one run to rename.</source>
        <translation>名前を変更する学習を1つだけ選んでください。</translation>
    </message>
    <message>
        <source>Could not rename {name}: {problem}</source>
        <translation>{name} の名前を変更できませんでした: {problem}</translation>
    </message>
    <message>
        <source>Could not delete {name}: {problem}</source>
        <translation>{name} を削除できませんでした: {problem}</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>学習の名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>{name} has no saved model ({file} is missing).</source>
        <translation>{name} には保存されたモデルがありません ({file} がありません)。</translation>
    </message>
    <message>
        <source>Reading the selected runs…</source>
        <translation>選んだ学習を読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>SaveDigitWidget</name>
    <message>
        <source>The digit you drew: its true label (type 0 to 9)</source>
        <translation>描いた数字の正解ラベル（0〜9を入力）</translation>
    </message>
    <message>
        <source>True label of the drawing</source>
        <translation>描いた数字の正解ラベル</translation>
    </message>
    <message>
        <source>Save to my digits</source>
        <translation>自分の数字に保存</translation>
    </message>
    <message>
        <source>Add what the network sees, with this label, to My digits: your own test set, that every model is scored on</source>
        <translation>ネットワークが見ている画像をこのラベルで自分の数字に追加します。すべてのモデルを評価する、あなた専用のテストデータです</translation>
    </message>
    <message>
        <source>Nothing to save: draw a digit first.</source>
        <translation>保存するものがありません。先に数字を描いてください。</translation>
    </message>
    <message>
        <source>Could not save the drawing: {error}</source>
        <translation>数字を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Saved as a {label} to My digits (drawings: {count}).</source>
        <translation>{label} として自分の数字に保存しました（数字: {count}）。</translation>
    </message>
</context>
<context>
    <name>ScheduleSettingsWidget</name>
    <message>
        <source>Data and schedule</source>
        <translation>データと学習の進め方</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>すべて ({count})</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>訓練データの枚数</translation>
    </message>
    <message>
        <source>Train on the first N training images (the book&apos;s overfitting experiment uses 300), or all of them</source>
        <translation>訓練データの先頭 N 枚だけで学習します (本の過学習の実験では 300)。またはすべて</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽出方法</translation>
    </message>
    <message>
        <source>How mini-batches are drawn: uniformly with replacement, as the book does, or by walking a fresh shuffle of the images each epoch (each image once per epoch)</source>
        <translation>ミニバッチの選び方: 本と同じく重複ありで一様にランダムに選ぶか、エポックごとに画像をシャッフルして順に使う (1エポックで各画像を1回ずつ)</translation>
    </message>
    <message>
        <source>random (book)</source>
        <translation>ランダム (本)</translation>
    </message>
    <message>
        <source>shuffled epochs</source>
        <translation>エポックごとにシャッフル</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>ミニバッチのサイズ</translation>
    </message>
    <message>
        <source>Training images per iteration (at most the {count} of the training set)</source>
        <translation>1回の更新で使う訓練データの枚数 (最大で訓練データの {count} 枚)</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>繰り返し回数</translation>
    </message>
    <message>
        <source>Number of iterations (parameter updates)</source>
        <translation>繰り返しの回数 (パラメータの更新回数)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Same seed, same run, bit for bit: it seeds the initial weights, the mini-batches and the dropout masks</source>
        <translation>同じシードなら同じ学習をビット単位で再現します。重みの初期値、ミニバッチ、Dropout のマスクを決めます</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>誤差逆伝播法</translation>
    </message>
    <message>
        <source>numerical (slow)</source>
        <translation>数値微分 (遅い)</translation>
    </message>
    <message>
        <source>How the gradient is computed: backpropagation, or the book&apos;s numerical central differences (vectorised, still ~15x slower). Same curves, different speed.</source>
        <translation>勾配の求め方: 誤差逆伝播法か、本の数値微分 (中心差分。ベクトル化しても約15倍遅い)。曲線は同じで、速さが違います。</translation>
    </message>
    <message>
        <source>The numerical gradient is offered for the book&apos;s two-layer sigmoid network only (one hidden layer, sigmoid, a std init, no weight decay, dropout or batch norm).</source>
        <translation>数値微分は本の2層ニューラルネットワークでのみ使えます (隠れ層1つ、シグモイド関数、標準偏差の初期値、Weight decay・Dropout・Batch Norm なし)。</translation>
    </message>
    <message>
        <source>{per_epoch} iterations per epoch; {epochs} epochs in all</source>
        <translation>1エポックあたり {per_epoch} 回、全体で {epochs} エポック</translation>
    </message>
</context>
<context>
    <name>SearchViewWidget</name>
    <message>
        <source>rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>val acc</source>
        <translation>検証精度</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>Weight decay</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>The best trials so far, by their final validation accuracy</source>
        <translation>これまでで最良の試行（最後の検証データの認識精度の順）</translation>
    </message>
    <message>
        <source>Best trials</source>
        <translation>最良の試行</translation>
    </message>
    <message>
        <source>Each trial&apos;s learning rate across and weight decay up, coloured by its validation accuracy</source>
        <translation>各試行の学習率（横）と Weight decay（縦）。色は検証データの認識精度</translation>
    </message>
    <message>
        <source>Search scatter</source>
        <translation>探索の散布図</translation>
    </message>
    <message>
        <source>Train accuracy per epoch for each initial weight scale: solid with batch norm, dashed without</source>
        <translation>重みの初期値のスケールごとに、エポックごとの訓練データの認識精度：実線は Batch Norm あり、破線はなし</translation>
    </message>
    <message>
        <source>Batch norm grid</source>
        <translation>Batch Norm のグリッド</translation>
    </message>
    <message>
        <source>Hyperparameter search: {done} of {planned} trials finished; best val acc {accuracy} (lr {lr}, weight decay {decay}).</source>
        <translation>ハイパーパラメータの探索：{planned} 回中 {done} 回の試行が完了。最良の検証精度 {accuracy}（学習率 {lr}、Weight decay {decay}）。</translation>
    </message>
    <message>
        <source>Hyperparameter search: {done} of {planned} trials finished.</source>
        <translation>ハイパーパラメータの探索：{planned} 回中 {done} 回の試行が完了。</translation>
    </message>
    <message>
        <source>Batch norm: {done} of {total} trainings finished.</source>
        <translation>Batch Norm：{total} 回中 {done} 回の学習が完了。</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>まだ結果はありません。</translation>
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
        <translation>{size} のサイズを {count} 個、カンマで区切って書いてください (例: 100, 100)</translation>
    </message>
    <message>
        <source>Hidden layers: {help}</source>
        <translation>隠れ層: {help}</translation>
    </message>
    <message>
        <source>batch_size {batch} is larger than the training set ({images} images); choose at most {images}</source>
        <translation>ミニバッチのサイズ {batch} が訓練データ ({images} 枚) より大きいです。{images} 以下にしてください</translation>
    </message>
    <message>
        <source>the numerical gradient is offered for the book&apos;s two-layer sigmoid network only (one hidden layer, no weight decay, dropout or batch norm): on a deeper network it would take hours; use backprop</source>
        <translation>数値微分は本の2層ニューラルネットワーク (隠れ層1つ、シグモイド関数、Weight decay・Dropout・Batch Norm なし) でのみ使えます。深いネットワークでは何時間もかかるので、誤差逆伝播法を使ってください</translation>
    </message>
    <message>
        <source>{setting} must be from {range}, got {value}</source>
        <translation>{setting} は {range} の範囲で指定してください (現在: {value})</translation>
    </message>
</context>
<context>
    <name>SpecialFigures</name>
    <message>
        <source>accuracy</source>
        <translation>認識精度</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Batch Normalization</source>
        <translation>Batch Normalization</translation>
    </message>
    <message>
        <source>Normal(without BatchNorm)</source>
        <translation>通常（Batch Norm なし）</translation>
    </message>
    <message>
        <source>Best-{rank}(val acc:{accuracy})</source>
        <translation>{rank}位（検証精度:{accuracy}）</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>Weight decay</translation>
    </message>
    <message>
        <source>{count} trials: validation accuracy</source>
        <translation>{count} 回の試行：検証データの認識精度</translation>
    </message>
    <message>
        <source>val acc</source>
        <translation>検証精度</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <source>std={std}</source>
        <translation>標準偏差={std}</translation>
    </message>
    <message>
        <source>{activation}, {scale}</source>
        <translation>{activation}、{scale}</translation>
    </message>
    <message>
        <source>{layer}-layer</source>
        <translation>{layer}層目</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語 / Language(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the window</source>
        <translation>ウィンドウの表示言語</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark scheme</source>
        <translation>システムのライト／ダーク設定に従います</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>明るい背景に暗い文字</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>暗い背景に明るい文字</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>文字を大きく(&amp;G)</translation>
    </message>
    <message>
        <source>Larger text and lines, for a projector</source>
        <translation>文字と線を大きくします（プロジェクタ向け）</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>文字を小さく(&amp;M)</translation>
    </message>
    <message>
        <source>Smaller text and lines</source>
        <translation>文字と線を小さくします</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>標準の大きさ(&amp;N)</translation>
    </message>
    <message>
        <source>Text and lines at their normal size</source>
        <translation>文字と線を標準の大きさに戻します</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it was at the first launch</source>
        <translation>すべてのパネルを初回起動時の位置に戻します</translation>
    </message>
    <message>
        <source>Language not available</source>
        <translation>この言語は使えません</translation>
    </message>
    <message>
        <source>The {language} translation is missing from this installation; the window stays in the current language.</source>
        <translation>このインストールには{language}の翻訳がありません。今の言語のままにします。</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>axis</source>
        <translation>軸</translation>
    </message>
    <message>
        <source>ViewBox options</source>
        <translation>ビューのオプション</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>マウスモード</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>3 ボタン</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>1 ボタン</translation>
    </message>
</context>
<context>
    <name>WeightsHistoryBar</name>
    <message>
        <source>live</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>学習前</translation>
    </message>
    <message>
        <source>iteration {iteration}</source>
        <translation>繰り返し {iteration} 回</translation>
    </message>
    <message>
        <source>epoch {epoch} (iteration {iteration})</source>
        <translation>エポック {epoch}（繰り返し {iteration} 回）</translation>
    </message>
    <message>
        <source>Play the weights from the untrained ones to the latest</source>
        <translation>学習前から最新までの重みを再生します</translation>
    </message>
    <message>
        <source>Play the weights&apos; history</source>
        <translation>重みの履歴を再生</translation>
    </message>
    <message>
        <source>The weights at the start and after each epoch; right end: live</source>
        <translation>最初と各エポック後の重み。右端: 最新</translation>
    </message>
    <message>
        <source>Weights&apos; history</source>
        <translation>重みの履歴</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Save the history as an animated GIF or PNG frames</source>
        <translation>履歴をアニメーション GIF か PNG の連番で保存します</translation>
    </message>
    <message>
        <source>Export the weights&apos; history</source>
        <translation>重みの履歴を書き出す</translation>
    </message>
    <message>
        <source>Weights shown</source>
        <translation>表示中の重み</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>live; snapshots: {count}</source>
        <translation>最新。スナップショット: {count}</translation>
    </message>
    <message>
        <source>snapshot {index} of {count}</source>
        <translation>スナップショット {index} / {count}</translation>
    </message>
</context>
<context>
    <name>WeightsWidget</name>
    <message>
        <source>hover a tile to see its unit</source>
        <translation>タイルにマウスを乗せるとニューロンを表示</translation>
    </message>
    <message>
        <source>hover a cell to see its weight</source>
        <translation>セルにマウスを乗せると重みを表示</translation>
    </message>
    <message>
        <source>Hover a tile, or use the arrow keys, to see its hidden unit</source>
        <translation>タイルにマウスを乗せるか矢印キーで選ぶと、隠れ層のニューロンを表示します</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>第 1 層の重み</translation>
    </message>
    <message>
        <source>The colour of each weight value</source>
        <translation>重みの値と色の対応</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>カラースケール</translation>
    </message>
    <message>
        <source>Weight under the mouse</source>
        <translation>マウス位置の重み</translation>
    </message>
    <message>
        <source>Weights shown</source>
        <translation>表示中の重み</translation>
    </message>
    <message>
        <source>hidden unit {unit} — weights from {low} to {high}</source>
        <translation>隠れ層のニューロン {unit} — 重みは {low} から {high}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>実験(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Start / &amp;Pause</source>
        <translation>開始 / 一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Start a run, or pause and resume it</source>
        <translation>学習を開始、または一時停止・再開します</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>ステップ(&amp;S)</translation>
    </message>
    <message>
        <source>Train one iteration, then pause</source>
        <translation>1回だけ更新して一時停止します</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the run; Start continues it</source>
        <translation>学習を停止します（開始で続きから）</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the run and start afresh</source>
        <translation>学習を破棄して最初からにします</translation>
    </message>
    <message>
        <source>Restore the &amp;book&apos;s settings</source>
        <translation>本の設定に戻す(&amp;B)</translation>
    </message>
    <message>
        <source>Put every setting back to the book&apos;s values</source>
        <translation>すべての設定を本の値に戻します</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>モデルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved model to read or train on</source>
        <translation>保存したモデルを開き、認識や追加の学習に使います</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>モデルを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the network and its training</source>
        <translation>ネットワークと学習の状態を保存します</translation>
    </message>
    <message>
        <source>Runs &amp;folder…</source>
        <translation>記録フォルダ(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose where finished runs are saved</source>
        <translation>終わった学習の記録を保存する場所を選びます</translation>
    </message>
    <message>
        <source>&amp;Export metrics as CSV…</source>
        <translation>指標をCSVで書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Every iteration&apos;s loss and every epoch&apos;s accuracy, as CSV</source>
        <translation>各更新の損失と各エポックの認識精度をCSVで書き出します</translation>
    </message>
    <message>
        <source>Save &amp;loss plot as PNG…</source>
        <translation>損失のグラフをPNGで保存(&amp;L)…</translation>
    </message>
    <message>
        <source>The loss plot as a picture, at twice its size</source>
        <translation>損失のグラフを2倍の大きさの画像で保存します</translation>
    </message>
    <message>
        <source>Save &amp;accuracy plot as PNG…</source>
        <translation>認識精度のグラフをPNGで保存(&amp;A)…</translation>
    </message>
    <message>
        <source>The accuracy plot as a picture, at twice its size</source>
        <translation>認識精度のグラフを2倍の大きさの画像で保存します</translation>
    </message>
    <message>
        <source>Save &amp;weights as PNG…</source>
        <translation>重みをPNGで保存(&amp;W)…</translation>
    </message>
    <message>
        <source>The weights as a picture, at twice their size</source>
        <translation>重みを2倍の大きさの画像で保存します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window (the run is saved)</source>
        <translation>ウィンドウを閉じます（学習は保存されます）</translation>
    </message>
    <message>
        <source>&amp;Fit the loss plot</source>
        <translation>損失のグラフを全体表示(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole loss curve again</source>
        <translation>損失の曲線全体を表示し直します</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>Models (*.npz)</source>
        <translation>モデル (*.npz)</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>{file} を開いています…</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>モデルを開けませんでした</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} を開きました</translation>
    </message>
    <message>
        <source>Stop first</source>
        <translation>先に停止してください</translation>
    </message>
    <message>
        <source>Stop the run before opening a model.</source>
        <translation>モデルを開く前に学習を停止してください。</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>モデルを保存</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>モデルを保存できませんでした</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <source>Saved the model to {file}</source>
        <translation>モデルを {file} に保存しました</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>保存するものがありません</translation>
    </message>
    <message>
        <source>Train a network first (Start or Step).</source>
        <translation>先にネットワークを学習させてください（「開始」または「ステップ」）。</translation>
    </message>
    <message>
        <source>Wait until it has stopped, then save the model.</source>
        <translation>停止するのを待ってから、モデルを保存してください。</translation>
    </message>
    <message>
        <source>Pause, then save the model.</source>
        <translation>一時停止してから、モデルを保存してください。</translation>
    </message>
    <message>
        <source>Pause first</source>
        <translation>先に一時停止してください</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>PNGで保存</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>指標を書き出す</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} を保存しました</translation>
    </message>
    <message>
        <source>Could not write the model to {file}: {error}</source>
        <translation>モデルを {file} に書き込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not write the picture to {file}: {error}</source>
        <translation>画像を {file} に書き込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not write the metrics to {file}: {error}</source>
        <translation>指標を {file} に書き込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not write the animation to {file}: {error}</source>
        <translation>アニメーションを {file} に書き込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>{file} に書き込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>Folder for saved runs</source>
        <translation>学習の記録を保存するフォルダ</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}</source>
        <translation>{file} を読み込めませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>WindowInside</name>
    <message>
        <source>Nothing on the pad</source>
        <translation>パッドに何もありません</translation>
    </message>
    <message>
        <source>Draw a digit (or press Test digit) to walk it through.</source>
        <translation>数字を書くか「テスト画像」を押すと、ネットワークの中をたどれます。</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>まだ履歴がありません</translation>
    </message>
    <message>
        <source>Train a network first: each epoch adds a frame.</source>
        <translation>先にネットワークを学習させてください。エポックごとに1コマ増えます。</translation>
    </message>
    <message>
        <source>Export the weights&apos; history</source>
        <translation>重みの履歴を書き出す</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;PNG frames (*.png)</source>
        <translation>アニメーションGIF (*.gif);;PNG連番画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>WindowRace</name>
    <message>
        <source>The settings need a fix</source>
        <translation>設定を直してください</translation>
    </message>
    <message>
        <source>{error}. Change it in the Training dock.</source>
        <translation>{error}。「学習」パネルで変更してください。</translation>
    </message>
    <message>
        <source>Another dataset</source>
        <translation>データセットが違います</translation>
    </message>
    <message>
        <source>This race trains on {dataset}: its contestants must all learn the same images. Choose {dataset} in the Training dock, or clear the race first.</source>
        <translation>このレースは {dataset} で学習します。出場者はすべて同じ画像を学習する必要があります。「学習」パネルで {dataset} を選ぶか、先に出場者をすべて削除してください。</translation>
    </message>
    <message>
        <source>The race is full</source>
        <translation>レースは満員です</translation>
    </message>
    <message>
        <source>A race has at most 6 contestants.</source>
        <translation>レースの出場者は 6 つまでです。</translation>
    </message>
    <message>
        <source>Cannot start a race now</source>
        <translation>今はレースを開始できません</translation>
    </message>
    <message>
        <source>Stop the current run or race, and Reset it, before starting a race.</source>
        <translation>レースを始める前に、今の学習またはレースを停止してリセットしてください。</translation>
    </message>
    <message>
        <source>{title} ({script})</source>
        <translation>{title}（{script}）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Cannot start an experiment now</source>
        <translation>今は実験を開始できません</translation>
    </message>
    <message>
        <source>Stop the current run or race, and Reset it, before starting an experiment.</source>
        <translation>実験を始める前に、今の学習またはレースを停止してリセットしてください。</translation>
    </message>
    <message>
        <source>An experiment is running</source>
        <translation>実験の実行中です</translation>
    </message>
    <message>
        <source>Stop it (Shift+F5) first.</source>
        <translation>先に停止してください（Shift+F5）。</translation>
    </message>
    <message>
        <source>{title}: training in the background; Stop (Shift+F5) keeps what is done.</source>
        <translation>{title}: バックグラウンドで学習中です。停止（Shift+F5）しても済んだ分は残ります。</translation>
    </message>
    <message>
        <source>{title} failed</source>
        <translation>{title} に失敗しました</translation>
    </message>
    <message>
        <source>The figure was not saved</source>
        <translation>図は保存されませんでした</translation>
    </message>
    <message>
        <source>The book&apos;s figure of {title}: {file}</source>
        <translation>本の {title} の図: {file}</translation>
    </message>
</context>
</TS>
