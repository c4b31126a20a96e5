<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AccuracyChart</name>
    <message>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>훈련 데이터</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>시험 데이터</translation>
    </message>
</context>
<context>
    <name>AccuracyPlotWidget</name>
    <message>
        <source>Accuracy at each epoch; hover a point to read it</source>
        <translation>에폭별 정확도입니다. 점에 마우스를 올리면 값이 보입니다</translation>
    </message>
    <message>
        <source>Accuracy plot</source>
        <translation>정확도 그래프</translation>
    </message>
    <message>
        <source>{name} (test)</source>
        <translation>{name} (시험)</translation>
    </message>
    <message>
        <source>epoch {epoch} (iteration {iteration})
train acc {train}
test acc {test}</source>
        <translation>에폭 {epoch} (반복 {iteration}회)
훈련 데이터 {train}
시험 데이터 {test}</translation>
    </message>
</context>
<context>
    <name>ActivationHistograms</name>
    <message>
        <source>No network yet: start or load a run to see what its hidden layers output.</source>
        <translation>아직 신경망이 없습니다. 학습을 시작하거나 학습 기록을 불러오면 은닉층의 출력이 표시됩니다.</translation>
    </message>
    <message>
        <source>What each hidden layer outputs for the same 1,000 test images (30 bins).
Sigmoid near 0 or 1 (saturated): the unit passes back almost no gradient.
ReLU at 0 for every image (dead): the unit never learns again.
A small spread: every unit says much the same thing.
Change the initial scale and start again to see the book&apos;s chapter-6 lesson.</source>
        <translation>같은 1,000장의 시험 이미지에 대한 각 은닉층의 출력(구간 30개).
시그모이드가 0이나 1 근처(포화): 그 뉴런은 기울기를 거의 역전파하지 않습니다.
ReLU가 모든 이미지에서 0(죽은 뉴런): 그 뉴런은 더 이상 학습하지 않습니다.
퍼짐이 작음: 모든 뉴런이 거의 같은 값을 냅니다.
가중치의 초깃값을 바꿔 다시 시작하면 책 6장의 교훈을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>layer {layer}</source>
        <translation>{layer}층</translation>
    </message>
    <message>
        <source>{dead} of units dead</source>
        <translation>뉴런의 {dead}가 죽음</translation>
    </message>
    <message>
        <source>{zeros} zeros</source>
        <translation>0이 {zeros}</translation>
    </message>
    <message>
        <source>{saturated} saturated</source>
        <translation>{saturated} 포화</translation>
    </message>
    <message>
        <source>(near 0 or 1)</source>
        <translation>(0이나 1 근처)</translation>
    </message>
    <message>
        <source>(near -1 or 1)</source>
        <translation>(-1이나 1 근처)</translation>
    </message>
    <message>
        <source>spread {spread}</source>
        <translation>퍼짐 {spread}</translation>
    </message>
    <message>
        <source>output &gt; 0 (zeros not drawn)</source>
        <translation>출력 &gt; 0 (0은 그리지 않음)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Histograms of the hidden layers&apos; outputs</source>
        <translation>은닉층 출력의 히스토그램</translation>
    </message>
    <message>
        <source>This network has no hidden layer.</source>
        <translation>이 신경망에는 은닉층이 없습니다.</translation>
    </message>
    <message>
        <source>Outputs of each hidden layer ({activation}) for {count} test images, 30 bins.</source>
        <translation>시험 이미지 {count}장에 대한 각 은닉층({activation})의 출력, 구간 30개.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Could not load the test images: {error}</source>
        <translation>시험 이미지를 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Could not compute the hidden layers&apos; outputs: {error}</source>
        <translation>은닉층의 출력을 계산할 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>BackpropNodes</name>
    <message>
        <source>{count} of {units} units off (≤ 0): no gradient flows there</source>
        <translation>뉴런 {units}개 중 {count}개가 꺼짐(≤ 0): 그곳으로는 기울기가 흐르지 않습니다</translation>
    </message>
    <message>
        <source>{count} of {units} units saturated</source>
        <translation>뉴런 {units}개 중 {count}개가 포화</translation>
    </message>
    <message>
        <source>{rule}   (the batch&apos;s mu and var)</source>
        <translation>{rule}   (미니배치의 mu와 var)</translation>
    </message>
    <message>
        <source>Training mode: the batch&apos;s own mean and variance. A batch of one is its own mean, so xn = 0 and the output is beta whatever the input: no gradient flows back.</source>
        <translation>학습 모드: 미니배치 자신의 평균과 분산을 씁니다. 이미지 1장짜리 미니배치는 자기 자신이 평균이므로 xn = 0이고, 입력과 관계없이 출력은 beta입니다. 기울기가 역전파되지 않습니다.</translation>
    </message>
    <message>
        <source>{rule}   (running mu and var)</source>
        <translation>{rule}   (이동 평균 mu와 var)</translation>
    </message>
    <message>
        <source>Test mode: the running mean and variance kept in training.</source>
        <translation>시험 모드: 학습 중에 기록한 평균과 분산의 이동 평균을 씁니다.</translation>
    </message>
    <message>
        <source>{rule}   (mask: keep where a uniform draw &gt; {r})</source>
        <translation>{rule}   (mask: 균등 난수 &gt; {r}인 곳을 남김)</translation>
    </message>
    <message>
        <source>Training mode: this mask keeps {kept} of {units} units (drawn as gradient() draws it).</source>
        <translation>학습 모드: 이 마스크는 뉴런 {units}개 중 {kept}개를 남깁니다(gradient()와 같은 방식으로 뽑음).</translation>
    </message>
    <message>
        <source>Test mode: every unit is kept and scaled by 1 - {r}; training drops some.</source>
        <translation>시험 모드: 모든 뉴런을 남기고 1 - {r}배 합니다. 학습 때는 일부를 삭제합니다.</translation>
    </message>
    <message>
        <source>  + ½·λ·Σ W² (weight decay) = {sum}</source>
        <translation>  + ½·λ·Σ W² (가중치 감소) = {sum}</translation>
    </message>
    <message>
        <source>{rule}   (t one-hot at {t}, N = 1)</source>
        <translation>{rule}   (t는 {t}의 원-핫, N = 1)</translation>
    </message>
    <message>
        <source>Target t = {t}; the network&apos;s answer is {answer}.</source>
        <translation>정답 레이블 t = {t}, 신경망의 답은 {answer}입니다.</translation>
    </message>
    <message>
        <source>Softmax and the cross-entropy together have this simple gradient.</source>
        <translation>소프트맥스 함수와 교차 엔트로피 오차를 함께 쓰면 기울기가 이렇게 간단해집니다.</translation>
    </message>
    <message>
        <source>{rule}   (weight decay, λ = {decay})</source>
        <translation>{rule}   (가중치 감소, λ = {decay})</translation>
    </message>
    <message>
        <source>{rule} summed over the batch</source>
        <translation>{rule}를 미니배치에 대해 합함</translation>
    </message>
    <message>
        <source>dL/dx: which pixels would change the answer. Red: more ink there raises the loss (the target gets less likely); blue: more ink lowers it.</source>
        <translation>dL/dx: 어떤 픽셀이 답을 바꾸는가. 빨강: 그곳을 진하게 하면 손실이 커집니다(정답 확률이 낮아짐). 파랑: 진하게 하면 손실이 작아집니다.</translation>
    </message>
    <message>
        <source>{rule} = 0 for N = 1</source>
        <translation>{rule} = 0 (N = 1일 때)</translation>
    </message>
    <message>
        <source>{rule}   (running var: a fixed scale)</source>
        <translation>{rule}   (이동 평균 var: 고정된 배율)</translation>
    </message>
    <message>
        <source>Check: the walk against network.gradient(x, t) (float64, same image and target)</source>
        <translation>확인: 단계별 결과와 network.gradient(x, t) 비교(float64, 같은 이미지와 정답)</translation>
    </message>
    <message>
        <source>The walked gradients against the network&apos;s own backprop, gradient().</source>
        <translation>단계별로 구한 기울기와 신경망 자체의 오차역전파법 gradient()의 비교입니다.</translation>
    </message>
    <message>
        <source>Check: the walk against central differences (h = {h}) of the test-mode
loss at {samples} random entries of each parameter</source>
        <translation>확인: 단계별 결과와 시험 모드 손실의 중심 차분(h = {h}) 비교
각 매개변수의 무작위 원소 {samples}개에서</translation>
    </message>
    <message>
        <source>gradient() trains with the batch&apos;s statistics and random dropout masks, not with the test-mode network walked here; tick training mode to check against it.</source>
        <translation>gradient()는 미니배치의 통계량과 무작위 드롭아웃 마스크로 학습하며, 여기서 따라간 시험 모드 신경망과 다릅니다. 그것과 비교하려면 학습 모드를 켜세요.</translation>
    </message>
    <message>
        <source>largest difference {worst}: they agree (to {tolerance})</source>
        <translation>최대 차이 {worst}: 일치(허용 {tolerance})</translation>
    </message>
    <message>
        <source>largest difference {worst}: they DIFFER (to {tolerance})</source>
        <translation>최대 차이 {worst}: 불일치(허용 {tolerance})</translation>
    </message>
</context>
<context>
    <name>BackpropPanel</name>
    <message>
        <source>No network yet: press Start or Step, then choose an image.</source>
        <translation>아직 신경망이 없습니다. ‘시작’이나 ‘한 단계’를 누른 뒤 이미지를 고르세요.</translation>
    </message>
    <message>
        <source>Choose an image: the drawing pad&apos;s, or a test image.</source>
        <translation>이미지를 고르세요: 그림판의 이미지나 시험 이미지입니다.</translation>
    </message>
    <message>
        <source>Walking the graph…</source>
        <translation>계산 그래프를 따라가는 중…</translation>
    </message>
    <message>
        <source>Use the drawing pad</source>
        <translation>그림판 사용</translation>
    </message>
    <message>
        <source>Walk the drawing pad&apos;s image through the network</source>
        <translation>그림판의 이미지를 신경망에 통과시키며 따라갑니다</translation>
    </message>
    <message>
        <source>Use the drawing pad&apos;s image</source>
        <translation>그림판의 이미지 사용</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>시험 이미지</translation>
    </message>
    <message>
        <source>Walk a test image (with its label) through the network</source>
        <translation>시험 이미지(정답 레이블 포함)를 신경망에 통과시키며 따라갑니다</translation>
    </message>
    <message>
        <source>Use a test image</source>
        <translation>시험 이미지 사용</translation>
    </message>
    <message>
        <source>Training mode (as gradient())</source>
        <translation>학습 모드(gradient()와 같게)</translation>
    </message>
    <message>
        <source>Batch norm and dropout as in training, as gradient() computes them; off: as the network reads a digit (running statistics, every unit kept)</source>
        <translation>배치 정규화와 드롭아웃을 gradient()처럼 학습 때의 방식으로 계산합니다. 끄면: 신경망이 숫자를 인식할 때의 방식(이동 평균 통계량, 모든 뉴런 유지)</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>학습 모드</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>The step&apos;s formula with the numbers of this image</source>
        <translation>이 단계의 식과 이 이미지의 값</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>식</translation>
    </message>
    <message>
        <source>Computational graph</source>
        <translation>계산 그래프</translation>
    </message>
    <message>
        <source>Picture {number}</source>
        <translation>그림 {number}</translation>
    </message>
    <message>
        <source>Step {number} of {total}: the check</source>
        <translation>단계 {number}/{total}: 확인</translation>
    </message>
    <message>
        <source>Step {number} of {total}: {node}, {direction}</source>
        <translation>단계 {number}/{total}: {node}, {direction}</translation>
    </message>
    <message>
        <source>The walk failed: {error}</source>
        <translation>따라가지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Target t = {t}: the image&apos;s label</source>
        <translation>정답 t = {t}: 이미지의 레이블</translation>
    </message>
    <message>
        <source>Target t = {t}: the network&apos;s own reading (the image has no label)</source>
        <translation>정답 t = {t}: 신경망 자신의 인식 결과(이미지에 레이블 없음)</translation>
    </message>
    <message>
        <source>dL/d{key} (walked)</source>
        <translation>dL/d{key}(단계별 결과)</translation>
    </message>
    <message>
        <source>(red +{top}, blue -{top})</source>
        <translation>(빨강 +{top}, 파랑 -{top})</translation>
    </message>
    <message>
        <source>&lt;b&gt;dL/dx&lt;/b&gt;, 28x28: which pixels would change the answer {scale}</source>
        <translation>&lt;b&gt;dL/dx&lt;/b&gt;, 28x28: 어떤 픽셀이 답을 바꾸는가 {scale}</translation>
    </message>
    <message>
        <source>{key}: one 28x28 tile per hidden unit ({units}) {scale}</source>
        <translation>{key}: 은닉층 뉴런마다 28x28 타일({units}개) {scale}</translation>
    </message>
    <message>
        <source>{key}, 28x28 {scale}</source>
        <translation>{key}, 28x28 {scale}</translation>
    </message>
</context>
<context>
    <name>ClassNames</name>
    <message>
        <source>T-shirt/top</source>
        <translation>티셔츠/탑</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>바지</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>풀오버</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>드레스</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>코트</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>샌들</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>셔츠</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>가방</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>스니커즈</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>앵클 부츠</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>Rates (each row sums to 100%)</source>
        <translation>비율(각 행의 합이 100%)</translation>
    </message>
    <message>
        <source>Show each cell as a share of its row (its true digit)</source>
        <translation>각 칸을 그 행(정답 숫자)에 대한 비율로 표시합니다</translation>
    </message>
    <message>
        <source>Show each cell as a share of its row (its true class)</source>
        <translation>각 칸을 그 행(정답 클래스)에 대한 비율로 표시합니다</translation>
    </message>
    <message>
        <source>Show rates</source>
        <translation>비율 표시</translation>
    </message>
    <message>
        <source>Blue: read right; orange: mistakes. Click a cell to see its images.</source>
        <translation>파랑: 올바른 인식, 주황: 오답. 칸을 클릭하면 이미지를 봅니다.</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: what the network read. Blue: read right; orange: mistakes, the darkest the most common. Click a cell to see its images (or move with the arrow keys and press Enter).</source>
        <translation>행: 정답 숫자, 열: 신경망의 인식 결과. 파랑: 올바른 인식, 주황: 오답(진할수록 많음). 칸을 클릭하면 이미지를 봅니다(화살표 키로 이동해 Enter를 눌러도 됩니다).</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: what the network read. Blue: read right; orange: mistakes, the darkest the most common. Click a cell to see its images (or move with the arrow keys and press Enter).</source>
        <translation>행: 정답 클래스, 열: 신경망의 인식 결과. 파랑: 올바른 인식, 주황: 오답(진할수록 많음). 칸을 클릭하면 이미지를 봅니다(화살표 키로 이동해 Enter를 눌러도 됩니다).</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>정답 숫자</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>정답 클래스</translation>
    </message>
    <message>
        <source>read as</source>
        <translation>인식 결과</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>{count} images of “{true}” read right ({rate} of the row)</source>
        <translation>“{true}” 이미지 {count}장을 올바르게 인식(행의 {rate})</translation>
    </message>
    <message>
        <source>{count} images of “{true}” read as “{read}” ({rate} of the row)</source>
        <translation>“{true}” 이미지 {count}장을 “{read}”(으)로 인식(행의 {rate})</translation>
    </message>
    <message>
        <source>Confusion matrix of the test set: after the first epoch</source>
        <translation>시험 데이터의 혼동 행렬: 첫 에폭 뒤에 표시</translation>
    </message>
    <message>
        <source>Test set at epoch {epoch}: {right} of {total} read right ({share})</source>
        <translation>에폭 {epoch}의 시험 데이터: {total}장 중 {right}장을 올바르게 인식({share})</translation>
    </message>
    <message>
        <source>no images</source>
        <translation>이미지 없음</translation>
    </message>
</context>
<context>
    <name>ControlsWidget</name>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>One iteration while paused (F10)</source>
        <translation>일시 정지 중에 한 번 갱신 (F10)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop this run (Shift+F5)</source>
        <translation>이 학습을 중지 (Shift+F5)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Forget this run and unlock the settings (Ctrl+R)</source>
        <translation>이 학습을 버리고 설정 잠금을 해제 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Book&apos;s settings</source>
        <translation>책의 설정</translation>
    </message>
    <message>
        <source>Restore the book&apos;s chapter-4 settings: {network}, batch {batch}, {iterations} iterations on all {images} images drawn with replacement, no regularisation, seed {seed}, backprop (Reset first)</source>
        <translation>책 4장의 설정으로 되돌리기: {network}, 미니배치 {batch}, 전체 {images}장에서 복원 추출로 {iterations}회 갱신, 정규화 없음, 시드 {seed}, 오차역전파법 (먼저 초기화)</translation>
    </message>
    <message>
        <source>The network these settings make, and its parameter count</source>
        <translation>이 설정으로 만들어지는 신경망과 매개변수 수</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Continue this run (Space)</source>
        <translation>이 학습을 계속 (Space)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Start training (Space)</source>
        <translation>학습 시작 (Space)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>일시 정지 또는 재개 (Space)</translation>
    </message>
</context>
<context>
    <name>DatasetCombo</name>
    <message>
        <source>MNIST (digits)</source>
        <translation>MNIST (손글씨 숫자)</translation>
    </message>
    <message>
        <source>Fashion-MNIST (clothes)</source>
        <translation>Fashion-MNIST (의류)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>The images the network learns: MNIST&apos;s handwritten digits, as in the book, or Fashion-MNIST&apos;s photos of clothes in ten classes (same size, harder)</source>
        <translation>신경망이 학습할 이미지: 책과 같은 MNIST 손글씨 숫자, 또는 10가지 의류를 찍은 Fashion-MNIST 사진(크기는 같고 더 어려움)</translation>
    </message>
</context>
<context>
    <name>DigitReaderWidget</name>
    <message>
        <source>Draw a digit on the pad (white on black, like MNIST).</source>
        <translation>패드에 숫자를 써 보세요(MNIST처럼 검은 바탕에 흰 글씨).</translation>
    </message>
    <message>
        <source>Draw a piece of clothing on the pad (white on black, like Fashion-MNIST).</source>
        <translation>패드에 옷을 그려 보세요(Fashion-MNIST처럼 검은 바탕에 흰색).</translation>
    </message>
    <message>
        <source>No network yet: press Start or Step, then draw.</source>
        <translation>아직 신경망이 없습니다. ‘시작’이나 ‘한 단계’를 누른 뒤 써 보세요.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear the pad (Delete or Esc)</source>
        <translation>패드를 지웁니다(Delete 또는 Esc)</translation>
    </message>
    <message>
        <source>Test digit</source>
        <translation>시험 이미지</translation>
    </message>
    <message>
        <source>Put a random image of the {dataset} test data on the pad</source>
        <translation>{dataset} 시험 데이터에서 무작위로 이미지 하나를 패드에 놓습니다</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>이미지 열기…</translation>
    </message>
    <message>
        <source>Read a PNG or JPEG (or drop one on the pad)</source>
        <translation>PNG 또는 JPEG를 읽습니다(패드에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>The network sees:</source>
        <translation>신경망이 보는 이미지:</translation>
    </message>
    <message>
        <source>The 28x28 image the network sees</source>
        <translation>신경망에 입력되는 28x28 이미지</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>신경망이 보는 이미지</translation>
    </message>
    <message>
        <source>The network&apos;s reading</source>
        <translation>신경망의 인식 결과</translation>
    </message>
    <message>
        <source>Image file message</source>
        <translation>이미지 파일 메시지</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>{path} 여는 중…</translation>
    </message>
    <message>
        <source>The network reads {answer} ({probability}).</source>
        <translation>신경망의 답: {answer} ({probability})</translation>
    </message>
    <message>
        <source>The true label is {label}.</source>
        <translation>정답 레이블: {label}</translation>
    </message>
    <message>
        <source>The network has not been trained yet: this is a guess.</source>
        <translation>아직 학습하지 않은 신경망이라 추측일 뿐입니다.</translation>
    </message>
    <message>
        <source>Open an image of a digit</source>
        <translation>숫자 이미지 열기</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>이미지 ({patterns})</translation>
    </message>
</context>
<context>
    <name>DrawPadWidget</name>
    <message>
        <source>Draw a digit here</source>
        <translation>여기에 숫자를 쓰세요</translation>
    </message>
    <message>
        <source>Digit drawing pad</source>
        <translation>숫자 그리기 패드</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse or a pen. Delete, Backspace, Esc or a right-click clears; Enter reads; drop an image file to load it.</source>
        <translation>마우스나 펜으로 숫자를 씁니다. Delete, Backspace, Esc 또는 오른쪽 클릭으로 지우고, Enter로 인식하며, 이미지 파일을 끌어다 놓으면 불러옵니다.</translation>
    </message>
</context>
<context>
    <name>ExperimentFigures</name>
    <message>
        <source>iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>train</source>
        <translation>훈련 데이터</translation>
    </message>
    <message>
        <source>test</source>
        <translation>시험 데이터</translation>
    </message>
    <message>
        <source>std={std}</source>
        <translation>표준편차={std}</translation>
    </message>
</context>
<context>
    <name>ExperimentTexts</name>
    <message>
        <source>Optimizers compared on MNIST</source>
        <translation>MNIST 데이터셋으로 본 갱신 방법 비교</translation>
    </message>
    <message>
        <source>Initial weights compared on MNIST</source>
        <translation>MNIST 데이터셋으로 본 가중치 초깃값 비교</translation>
    </message>
    <message>
        <source>Batch normalisation and the initial weight scale</source>
        <translation>배치 정규화와 가중치 초깃값의 크기</translation>
    </message>
    <message>
        <source>Overfitting: 300 images, no regularisation</source>
        <translation>오버피팅: 이미지 300장, 정규화 없음</translation>
    </message>
    <message>
        <source>Weight decay against overfitting</source>
        <translation>가중치 감소로 오버피팅 억제</translation>
    </message>
    <message>
        <source>Dropout against overfitting</source>
        <translation>드롭아웃으로 오버피팅 억제</translation>
    </message>
    <message>
        <source>Random search for learning rate and weight decay</source>
        <translation>학습률과 가중치 감소의 무작위 탐색</translation>
    </message>
    <message>
        <source>Activations of five layers by initial weight scale</source>
        <translation>가중치 초깃값별 5개 층의 활성화 분포</translation>
    </message>
    <message>
        <source>SGD, Momentum, AdaGrad and Adam train the same network on the same minibatches; SGD learns slowest. Each optimizer uses the book&apos;s default learning rate, as the script does.</source>
        <translation>SGD, 모멘텀, AdaGrad, Adam이 같은 신경망을 같은 미니배치로 학습합니다. SGD가 가장 느리게 학습합니다. 갱신 방법마다 스크립트처럼 책의 기본 학습률을 씁니다.</translation>
    </message>
    <message>
        <source>The same ReLU network from three initial weight scales: with std 0.01 it hardly learns, Xavier and He learn, He fastest. The script keeps MultiLayerNet&apos;s default ReLU for all three.</source>
        <translation>같은 ReLU 신경망을 세 가지 가중치 초깃값에서 학습합니다. 표준편차 0.01에서는 거의 학습하지 못하고, Xavier와 He는 학습하며 He가 가장 빠릅니다. 스크립트는 셋 모두 MultiLayerNet의 기본 ReLU를 씁니다.</translation>
    </message>
    <message>
        <source>With batch norm the network learns from almost any initial weight scale; without it most scales fail. Train accuracy per epoch, solid with batch norm, dashed without, as the script.</source>
        <translation>배치 정규화가 있으면 거의 어떤 가중치 초깃값에서도 학습합니다. 없으면 대부분의 크기에서 실패합니다. 스크립트처럼 에폭마다 훈련 데이터 정확도를 배치 정규화가 있으면 실선, 없으면 점선으로 그립니다.</translation>
    </message>
    <message>
        <source>A deep network on only 300 images learns them all while test accuracy stays far lower. Differs from the shipped script: weight_decay_lambda = 0 (the script ships 0.1; its commented-out line sets 0).</source>
        <translation>이미지 300장만으로 학습하는 깊은 신경망은 훈련 데이터를 모두 외우지만 시험 데이터 정확도는 훨씬 낮게 머뭅니다. 배포된 스크립트와 다른 점: weight_decay_lambda = 0(스크립트는 0.1, 주석 처리된 줄이 0으로 설정).</translation>
    </message>
    <message>
        <source>The same 300 images with L2 weight decay lambda 0.1, as the script ships: the gap between train and test accuracy narrows.</source>
        <translation>같은 이미지 300장에 배포된 스크립트처럼 L2 가중치 감소 lambda 0.1을 적용합니다. 훈련 데이터와 시험 데이터 정확도의 차이가 줄어듭니다.</translation>
    </message>
    <message>
        <source>The same 300 images with dropout ratio 0.2, as the script ships; it trains with the book&apos;s common/trainer.py for 301 epochs (903 iterations), and the gap between train and test accuracy narrows.</source>
        <translation>같은 이미지 300장에 배포된 스크립트처럼 드롭아웃 비율 0.2를 씁니다. 책의 common/trainer.py로 301에폭(903회) 학습하며, 훈련 데이터와 시험 데이터 정확도의 차이가 줄어듭니다.</translation>
    </message>
    <message>
        <source>100 random trials of learning rate and weight decay, each trained for 50 epochs and judged on held-out validation images, never on the test set. The best 20 are drawn as the script draws them.</source>
        <translation>학습률과 가중치 감소를 무작위로 골라 100회 시도합니다. 시도마다 50에폭 학습하고, 시험 데이터가 아니라 떼어 둔 검증 데이터로 평가합니다. 상위 20개를 스크립트처럼 그립니다.</translation>
    </message>
    <message>
        <source>1,000 random inputs through five layers of 100 units: with std 1 sigmoid outputs crowd at 0 and 1, with 0.01 at 0.5; Xavier (and He for ReLU) keep them spread. No training.</source>
        <translation>무작위 입력 1,000개를 노드 100개짜리 5개 층에 통과시킵니다. 표준편차 1이면 시그모이드 출력이 0과 1에 몰리고, 0.01이면 0.5에 모입니다. Xavier(ReLU라면 He)는 고르게 퍼뜨립니다. 학습은 하지 않습니다.</translation>
    </message>
    <message>
        <source>network: 784-100-100-100-100-100-10, ReLU (MultiLayerNetExtend&apos;s default)
optimizer: SGD lr 0.01
batch: 100 of the first 1,000 training images, 20 epochs (10 iterations each)
initial weight std: 16 scales, logspace(0, -4, 16), each with and without batch norm (32 trainings)</source>
        <translation>신경망: 784-100-100-100-100-100-10, ReLU(MultiLayerNetExtend의 기본값)
갱신 방법: SGD 학습률 0.01
미니배치: 훈련 데이터 앞 1,000장 중 100장, 20에폭(각 10회)
가중치 초깃값의 표준편차: 16단계, logspace(0, -4, 16), 각각 배치 정규화 있음과 없음(학습 32회)</translation>
    </message>
    <message>
        <source>network: 784-100x6-10, ReLU, He (MultiLayerNet&apos;s defaults)
optimizer: SGD, lr = 10^U(-6, -2), weight decay = 10^U(-8, -4)
data: the first 500 training images, shuffled, 20% (100) held out for validation
batch: 100, 50 epochs per trial, 100 trials</source>
        <translation>신경망: 784-100x6-10, ReLU, He(MultiLayerNet의 기본값)
갱신 방법: SGD, 학습률 = 10^U(-6, -2), 가중치 감소 = 10^U(-8, -4)
데이터: 훈련 데이터 앞 500장을 섞고 20%(100장)를 검증 데이터로 떼어 둠
미니배치: 100, 시도마다 50에폭, 100회 시도</translation>
    </message>
    <message>
        <source>input: 1,000 x 100 standard normal
network: 5 layers of 100, activation sigmoid, ReLU or tanh
initial weight scale: 1, 0.01, Xavier sqrt(1/n) or He sqrt(2/n)
figure: one 30-bin histogram per layer, range 0 to 1</source>
        <translation>입력: 1,000 x 100 표준 정규 분포
신경망: 노드 100개짜리 5개 층, 활성화 함수는 시그모이드, ReLU, tanh 중 하나
가중치 초깃값의 크기: 1, 0.01, Xavier sqrt(1/n), He sqrt(2/n)
그림: 층마다 30구간 히스토그램, 범위 0~1</translation>
    </message>
    <message>
        <source>no weight decay</source>
        <translation>가중치 감소 없음</translation>
    </message>
    <message>
        <source>weight decay 0.1</source>
        <translation>가중치 감소 0.1</translation>
    </message>
    <message>
        <source>dropout 0.2</source>
        <translation>드롭아웃 0.2</translation>
    </message>
    <message>
        <source>std=0.01</source>
        <translation>표준편차=0.01</translation>
    </message>
    <message>
        <source>batch {batch} of the first {images} training images, {iterations} iterations</source>
        <translation>미니배치 {batch}(훈련 데이터 앞 {images}장에서), {iterations}회</translation>
    </message>
    <message>
        <source>batch {batch} of all 60,000 training images, {iterations} iterations</source>
        <translation>미니배치 {batch}(훈련 데이터 전체 60,000장에서), {iterations}회</translation>
    </message>
    <message>
        <source> ({count} accuracy measurements, one every {every} iterations)</source>
        <translation>(정확도 측정 {count}회, {every}회마다)</translation>
    </message>
    <message>
        <source>{title} (the book&apos;s {script})</source>
        <translation>{title}(책의 {script})</translation>
    </message>
    <message>
        <source>seed {seed}, minibatches from seed {batch_seed}</source>
        <translation>시드 {seed}, 미니배치는 시드 {batch_seed}에서</translation>
    </message>
    <message>
        <source>each loss is the minibatch&apos;s before its update (the script measures it after, with a second forward pass)</source>
        <translation>각 손실은 갱신 전 미니배치의 값입니다(스크립트는 갱신 후 순전파를 한 번 더 해서 잽니다)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>CSV of original plot data</source>
        <translation>원본 플롯 데이터 (CSV)</translation>
    </message>
    <message>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>이미지 파일 (PNG, TIF, JPG, ...)</translation>
    </message>
    <message>
        <source>Matplotlib Window</source>
        <translation>Matplotlib 창</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>벡터 그래픽 (SVG)</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics</source>
        <translation>벡터 그래픽</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>구분 기호</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>유효 자릿수</translation>
    </message>
    <message>
        <source>columnMode</source>
        <translation>열 모드</translation>
    </message>
    <message>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>antialias</source>
        <translation>안티에일리어싱</translation>
    </message>
    <message>
        <source>background</source>
        <translation>배경</translation>
    </message>
    <message>
        <source>invertValue</source>
        <translation>값 반전</translation>
    </message>
    <message>
        <source>scaling stroke</source>
        <translation>선 두께도 크기 조정</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Link Axis:</source>
        <translation>축 연결:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>이 축을 다른 뷰와 연결합니다. 연결하면 두 뷰에 같은 데이터 범위가 표시됩니다.</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>자동 배율 조정 때 보이게 할 데이터의 비율입니다. 뾰족한 잡음이 있는 데이터에서는 이 값을 낮추면 도움이 될 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>표시된 데이터가 바뀔 때마다 이 축의 범위를 자동으로 조정합니다.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>이 축의 범위를 직접 설정합니다. 자동 배율 조정이 꺼집니다.</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>이 축에 표시할 최솟값입니다.</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>이 축에 표시할 최댓값입니다.</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>이 축의 방향을 뒤집습니다(+y가 위가 아닌 아래를 향함).</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>축 반전</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>이 축에서 마우스 조작(이동, 확대/축소)을 사용합니다.</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>마우스 사용</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>선택하면 다른 축 범위에서 보이는 데이터에만 맞춰 자동 배율을 조정합니다.</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>보이는 데이터만</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>선택하면 현재 데이터가 가운데에 오도록 이 축을 자동으로 이동하며, 배율은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>자동 이동만</translation>
    </message>
    <message>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>이 플롯에 표시된 곡선들의 평균을 표시합니다. 매개변수 목록에서 평균을 낼 매개변수를 고를 수 있습니다(있는 경우).</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>각 곡선에서 보이는 부분만 그립니다. X 값이 일정한 간격이라고 가정합니다.</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>보이는 범위만 그리기</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>이 플롯에 곡선이 여러 개 있을 때 선택하면 표시할 곡선 수를 제한합니다.</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>최대 곡선 수:</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>다운샘플링</translation>
    </message>
    <message>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>원본 데이터의 최솟값과 최댓값을 따라가는 톱니파를 그려 다운샘플링합니다. 데이터를 가장 잘 보여 주지만 느립니다.</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>피크</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>이 플롯에 곡선이 여러 개 있을 때 ‘최대 곡선 수’를 선택하고 이 값을 설정하면 표시할 곡선 수를 제한합니다.</translation>
    </message>
    <message>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>‘최대 곡선 수’를 선택한 경우 숨겨진 곡선을 메모리에서 지웁니다(메모리를 아끼지만 다시 표시할 수 없음).</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>숨긴 곡선 버리기</translation>
    </message>
    <message>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>N개 샘플의 평균을 취해 다운샘플링합니다.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>N개 샘플 중 첫 번째를 취해 다운샘플링합니다. 가장 빠르지만 가장 부정확합니다.</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>서브샘플링</translation>
    </message>
    <message>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>보이는 범위에 따라 데이터를 자동으로 다운샘플링합니다. X 값이 일정한 간격이라고 가정합니다.</translation>
    </message>
    <message>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>그리기 전에 데이터를 다운샘플링합니다(N개마다 하나씩 그림).</translation>
    </message>
    <message>
        <source>Log X</source>
        <translation>X 축 로그 눈금</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>파워 스펙트럼 (FFT)</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>Y 축 로그 눈금</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>평균 빼기</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>X 격자 표시</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>Y 격자 표시</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>투명도</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>내보낼 항목:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>내보내기 형식</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>내보내기 옵션</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>GradCheckDiagnosisWidget</name>
    <message>
        <source>parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>원소</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>오차역전파법</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <source>relative error of each W1 entry (grey: not checked); hover a tile for its worst</source>
        <translation>W1 각 원소의 상대 오차(회색: 확인 안 함). 타일 위에 마우스를 올리면 최댓값 표시</translation>
    </message>
    <message>
        <source>W1 relative error</source>
        <translation>W1 상대 오차</translation>
    </message>
    <message>
        <source>Worst entries</source>
        <translation>오차가 큰 원소</translation>
    </message>
    <message>
        <source>Usual causes</source>
        <translation>흔한 원인</translation>
    </message>
    <message>
        <source>W1&apos;s relative errors as one 28x28 tile per hidden unit</source>
        <translation>W1의 상대 오차를 은닉층 뉴런마다 28x28 타일로 표시</translation>
    </message>
    <message>
        <source>The entries with the largest relative error</source>
        <translation>상대 오차가 가장 큰 원소</translation>
    </message>
    <message>
        <source>What usually makes a gradient check fail</source>
        <translation>기울기 확인이 실패하는 흔한 원인</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>W1 relative error tiles</source>
        <translation>W1 상대 오차 타일</translation>
    </message>
    <message>
        <source>hidden unit {unit}: no entry checked</source>
        <translation>은닉층 뉴런 {unit}: 확인한 원소 없음</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <source>hidden unit {unit}: worst {worst} at pixel ({row}, {column}); pixel ({r}, {c}): {here}</source>
        <translation>은닉층 뉴런 {unit}: 최대 {worst}(픽셀 ({row}, {column})), 픽셀 ({r}, {c}): {here}</translation>
    </message>
    <message>
        <source>pixel (row {row}, column {column}) -&gt; hidden unit {unit}</source>
        <translation>픽셀({row}행 {column}열) -&gt; 은닉층 뉴런 {unit}</translation>
    </message>
    <message>
        <source>Run a check: when it fails, what usually causes it is listed here.</source>
        <translation>기울기 확인을 실행하세요. 실패하면 흔한 원인을 여기에 보여 줍니다.</translation>
    </message>
    <message>
        <source>What this check&apos;s numbers point to</source>
        <translation>이번 수치가 가리키는 원인</translation>
    </message>
    <message>
        <source>Seen here: {evidence}</source>
        <translation>근거: {evidence}</translation>
    </message>
    <message>
        <source>Other usual causes</source>
        <translation>그 밖의 흔한 원인</translation>
    </message>
</context>
<context>
    <name>GradCheckHints</name>
    <message>
        <source>A softmax that is not batched: each image&apos;s probabilities must sum to 1 (subtract each row&apos;s max and sum along axis 1), not all N x 10 of them together.</source>
        <translation>배치 처리를 지원하지 않는 소프트맥스 함수: 확률은 이미지마다 합이 1이어야 합니다(각 행의 최댓값을 빼고 axis 1을 따라 합함). N x 10개 전체의 합이 아닙니다.</translation>
    </message>
    <message>
        <source>A forgotten division by the batch size: SoftmaxWithLoss&apos;s backward is (y - t) / N; without it every gradient is N times too large (relative error (N - 1) / (N + 1)).</source>
        <translation>미니배치 크기로 나누는 것을 잊음: SoftmaxWithLoss의 역전파는 (y - t) / N입니다. 나누지 않으면 모든 기울기가 N배 커집니다(상대 오차 (N - 1) / (N + 1)).</translation>
    </message>
    <message>
        <source>The 1e-7 in the book&apos;s log(y + 1e-7): the numerical gradient sees it, backprop does not, so they differ by about 1e-7 / y for an image whose label has probability y. A small, uniform error (~1e-6) on a trained network is this, not a bug.</source>
        <translation>책의 log(y + 1e-7)에 있는 1e-7: 수치 미분은 이것을 포함하고 오차역전파법은 포함하지 않으므로, 정답 레이블의 확률이 y인 이미지에서는 약 1e-7 / y만큼 차이가 납니다. 학습된 신경망에서 작고 고른 오차(~1e-6)가 나오는 것은 이 때문이며 버그가 아닙니다.</translation>
    </message>
    <message>
        <source>A sign error: (t - y) instead of (y - t), or a minus lost in an Affine&apos;s or an activation&apos;s backward; a flipped parameter has relative error 1.</source>
        <translation>부호 오류: (y - t) 대신 (t - y)를 썼거나, Affine 계층이나 활성화 함수의 역전파에서 마이너스가 빠졌습니다. 부호가 뒤집힌 매개변수의 상대 오차는 1입니다.</translation>
    </message>
    <message>
        <source>float32 weights: h = 1e-4 is then a few float32 steps of a weight and the numerical gradient is noise. This panel checks a float64 copy; do the same in your own.</source>
        <translation>float32 가중치: 이때 h = 1e-4는 가중치의 float32 눈금 몇 칸에 불과해 수치 미분이 잡음이 됩니다. 이 패널은 float64 복사본을 확인합니다. 직접 작성한 코드에서도 그렇게 하세요.</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>아무것도 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Backprop is right: every relative error is at most {threshold} (largest {error}, {key}).</source>
        <translation>오차역전파법이 맞습니다: 모든 상대 오차가 {threshold} 이하입니다(최대 {error}, {key}).</translation>
    </message>
    <message>
        <source>Not ~1e-10 because of the book&apos;s log(y + 1e-7): {why}.</source>
        <translation>~1e-10이 아닌 것은 책의 log(y + 1e-7) 때문입니다: {why}.</translation>
    </message>
    <message>
        <source>{keys}: 0 both ways (a bias before batch norm).</source>
        <translation>{keys}: 두 방법 모두 0(배치 정규화 앞의 편향).</translation>
    </message>
    <message>
        <source>Check failed: {keys} above {threshold} (largest {error}, {key}); {passing} agree.</source>
        <translation>기울기 확인 실패: {keys}가 {threshold}를 넘습니다(최대 {error}, {key}). {passing}는 일치.</translation>
    </message>
    <message>
        <source>Check failed: {keys} above {threshold} (largest {error}, {key}).</source>
        <translation>기울기 확인 실패: {keys}가 {threshold}를 넘습니다(최대 {error}, {key}).</translation>
    </message>
    <message>
        <source>This is the book&apos;s 1e-7 in log(y + 1e-7), not a bug.</source>
        <translation>이것은 책의 log(y + 1e-7)에 있는 1e-7 때문이며 버그가 아닙니다.</translation>
    </message>
    <message>
        <source>The layers after {wrong} are right: the backward pass goes wrong on its way from layer {right} to layer {wrong} (an activation&apos;s backward, or dx = dout . W{right}.T).</source>
        <translation>{wrong}층 뒤의 층은 맞습니다: 역전파가 {right}층에서 {wrong}층으로 가는 도중에 잘못됩니다(활성화 함수의 역전파, 또는 dx = dout . W{right}.T).</translation>
    </message>
    <message>
        <source>Every parameter is affected: look at the start of the backward pass (y - t).</source>
        <translation>모든 매개변수가 영향을 받습니다: 역전파의 시작 (y - t)를 확인하세요.</translation>
    </message>
    <message>
        <source>backprop / numerical is {ratios} in every sizeable entry of {keys}: the batch size N = {n}.</source>
        <translation>{keys}의 충분히 큰 모든 원소에서 오차역전파법 / 수치 미분 = {ratios}: 미니배치 크기 N = {n}입니다.</translation>
    </message>
    <message>
        <source>The gradient is divided by the batch size twice (once in the loss&apos;s backward is enough).</source>
        <translation>기울기가 미니배치 크기로 두 번 나뉘었습니다(손실 함수의 역전파에서 한 번이면 충분).</translation>
    </message>
    <message>
        <source>backprop / numerical is {ratios} in every sizeable entry of {keys}: 1 / N for N = {n}.</source>
        <translation>{keys}의 충분히 큰 모든 원소에서 오차역전파법 / 수치 미분 = {ratios}: N = {n}일 때의 1 / N입니다.</translation>
    </message>
    <message>
        <source>backprop / numerical is {ratios} in every sizeable entry of {keys}.</source>
        <translation>{keys}의 충분히 큰 모든 원소에서 오차역전파법 / 수치 미분 = {ratios}.</translation>
    </message>
    <message>
        <source>Backprop gives (almost) 0: the gradient is not computed, or not stored in grads.</source>
        <translation>오차역전파법의 결과가 (거의) 0: 기울기를 계산하지 않았거나 grads에 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Backprop is off by a constant factor: a 2 or 0.5 too many in a formula, or a learning rate applied inside gradient().</source>
        <translation>오차역전파법이 상수배만큼 어긋납니다: 식에 2나 0.5가 더 있거나, gradient() 안에서 학습률을 곱했습니다.</translation>
    </message>
    <message>
        <source>the network&apos;s probabilities sum to {sums} per image instead of 1.</source>
        <translation>신경망 확률의 합이 이미지마다 1이 아니라 {sums}입니다.</translation>
    </message>
    <message>
        <source>backprop&apos;s gradient of {key} sums to {total} over the classes; (y - t) sums to 0 for every image when y is a softmax per image.</source>
        <translation>오차역전파법으로 구한 {key} 기울기의 클래스별 합이 {total}입니다. y가 이미지마다의 소프트맥스라면 (y - t)의 합은 모든 이미지에서 0입니다.</translation>
    </message>
    <message>
        <source>gradient() returns {keys} in float32 although the copy is float64.</source>
        <translation>복사본은 float64인데 gradient()가 {keys}를 float32로 반환합니다.</translation>
    </message>
    <message>
        <source>the smallest probability of an image&apos;s label is y = {y}, so the numerical gradient may differ by up to about 1e-7 / y = {bound}</source>
        <translation>정답 레이블 확률의 최솟값이 y = {y}이므로 수치 미분은 최대 약 1e-7 / y = {bound}만큼 다를 수 있습니다</translation>
    </message>
</context>
<context>
    <name>GradCheckWidget</name>
    <message>
        <source>fast numerical (vectorised)</source>
        <translation>빠른 수치 미분(벡터화)</translation>
    </message>
    <message>
        <source>book&apos;s loop (slow)</source>
        <translation>책의 반복문(느림)</translation>
    </message>
    <message>
        <source>quick: k random parameters</source>
        <translation>간이: 무작위 매개변수 k개</translation>
    </message>
    <message>
        <source>mean |diff|</source>
        <translation>평균 |차이|</translation>
    </message>
    <message>
        <source>max |diff|</source>
        <translation>최대 |차이|</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <source>values compared</source>
        <translation>비교한 값의 수</translation>
    </message>
    <message>
        <source>fresh {sizes} (seed {seed})</source>
        <translation>새 {sizes}(시드 {seed})</translation>
    </message>
    <message>
        <source>current network</source>
        <translation>현재 신경망</translation>
    </message>
    <message>
        <source>No network yet: checking a {fresh} network instead.</source>
        <translation>아직 신경망이 없습니다. 대신 {fresh} 신경망을 확인합니다.</translation>
    </message>
    <message>
        <source>Relative error of backprop against central differences (h = 1e-4, float64). Backprop is right when it is about 1e-7 to 1e-5 and much the same in every row: a fresh 784-50-10 on 3 images gives 5.2e-7, a trained one on 100 images about 1e-5. It is not ~1e-10 because the book&apos;s loss takes log(y + 1e-7): the numerical gradient sees the 1e-7, backprop does not, so they differ by about 1e-7 / y (y: the probability of an image&apos;s label); h itself adds only ~1e-10. A bug shows as a row at 1e-3 or more (dW1 off by 1% gives 5e-3, a missing term about 1).</source>
        <translation>중심 차분(h = 1e-4, float64)에 대한 오차역전파법의 상대 오차입니다. 약 1e-7에서 1e-5이고 모든 행이 비슷하면 오차역전파법이 맞습니다. 새 784-50-10으로 이미지 3장이면 5.2e-7, 학습된 신경망으로 이미지 100장이면 약 1e-5입니다. ~1e-10이 아닌 것은 책의 손실 함수가 log(y + 1e-7)을 쓰기 때문입니다. 수치 미분은 이 1e-7을 포함하고 오차역전파법은 포함하지 않으므로 약 1e-7 / y(y: 정답 레이블의 확률)만큼 차이가 납니다. h 자체로 인한 차이는 ~1e-10뿐입니다. 버그가 있으면 1e-3 이상인 행이 나옵니다(dW1이 1% 어긋나면 5e-3, 항이 빠지면 약 1).</translation>
    </message>
    <message>
        <source>The vectorised method knows the two-layer network only: the book&apos;s loop checks this one (dropout off, batch norm in training mode, as the book&apos;s check).</source>
        <translation>벡터화 방법은 2층 신경망만 지원하므로, 이 신경망은 책의 반복문으로 확인합니다(책의 기울기 확인처럼 드롭아웃 끔, 배치 정규화는 학습 모드).</translation>
    </message>
    <message>
        <source>numerical {numerical} for {count} values, backprop {backprop} for all</source>
        <translation>수치 미분 {numerical}(값 {count}개), 오차역전파법 {backprop}(전체)</translation>
    </message>
    <message>
        <source>numerical {numerical}, backprop {backprop} ({ratio}x faster)</source>
        <translation>수치 미분 {numerical}, 오차역전파법 {backprop}({ratio}배 빠름)</translation>
    </message>
    <message>
        <source>numerical {numerical}, backprop {backprop}</source>
        <translation>수치 미분 {numerical}, 오차역전파법 {backprop}</translation>
    </message>
    <message>
        <source>cancelled: {times}</source>
        <translation>취소됨: {times}</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>신경망(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>방법(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>이미지 수(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;k (quick mode)</source>
        <translation>&amp;k(간이 모드)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>Check the current network, or a fresh one as mnist-trainer gradcheck does</source>
        <translation>현재 신경망, 또는 mnist-trainer gradcheck처럼 새 신경망을 확인합니다</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>How the numerical gradient is computed: vectorised, the book&apos;s loop, or k random parameters</source>
        <translation>수치 미분을 구하는 방법: 벡터화, 책의 반복문, 또는 무작위 매개변수 k개</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지 수</translation>
    </message>
    <message>
        <source>How many training images the loss is computed on</source>
        <translation>손실 함수를 계산할 훈련 데이터 이미지 수</translation>
    </message>
    <message>
        <source>k (quick mode)</source>
        <translation>k(간이 모드)</translation>
    </message>
    <message>
        <source>How many random entries of each parameter the quick method compares</source>
        <translation>간이 모드에서 비교할 각 매개변수의 무작위 원소 수</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>기울기 확인 실행</translation>
    </message>
    <message>
        <source>Compare the numerical gradient with backprop</source>
        <translation>수치 미분으로 구한 기울기와 오차역전파법을 비교합니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop the running check</source>
        <translation>실행 중인 확인을 멈춥니다</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>How much of the check is done</source>
        <translation>확인이 얼마나 진행되었는지</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Differences between the numerical gradient and backprop, per parameter</source>
        <translation>매개변수별 수치 미분과 오차역전파법의 차이</translation>
    </message>
    <message>
        <source>Could not get the network: {error}</source>
        <translation>신경망을 가져올 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>checking ({method})…</source>
        <translation>확인 중({method})…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Checking the current network ({sizes}).</source>
        <translation>현재 신경망({sizes})을 확인합니다.</translation>
    </message>
    <message>
        <source>Checking a {fresh} network, as mnist-trainer gradcheck does.</source>
        <translation>mnist-trainer gradcheck처럼 {fresh} 신경망을 확인합니다.</translation>
    </message>
    <message>
        <source>The check failed: {message}</source>
        <translation>확인을 실행하지 못했습니다: {message}</translation>
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
        <translation>각 층의 가중치 기울기 크기(반복마다, 로그 눈금).
기울기 소실: 깊은 시그모이드 신경망에서는 앞쪽 층의 기울기가
마지막 층보다 몇 자릿수나 작아 그 층들은 거의 학습하지 않습니다.
아래: 한 번의 갱신으로 각 층의 가중치가 크기에 비해 얼마나 움직이는지.
1e-3 정도(점선)가 흔히 쓰는 기준입니다.</translation>
    </message>
    <message>
        <source>Gradient norm of each layer</source>
        <translation>각 층의 기울기 노름</translation>
    </message>
    <message>
        <source>Update-to-weight ratio of each layer</source>
        <translation>각 층의 갱신량 대 가중치 비</translation>
    </message>
    <message>
        <source>gradient norm ||dL/dW||</source>
        <translation>기울기 노름 ||dL/dW||</translation>
    </message>
    <message>
        <source>update / weight ||ΔW||/||W||</source>
        <translation>갱신량 / 가중치 ||ΔW||/||W||</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>1e-3 (rule of thumb)</source>
        <translation>1e-3(기준)</translation>
    </message>
</context>
<context>
    <name>GraphStrip</name>
    <message>
        <source>forward</source>
        <translation>순전파</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역전파</translation>
    </message>
    <message>
        <source>check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>{boxes}; now: {node}, {direction}</source>
        <translation>{boxes}. 현재: {node}, {direction}</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>내보내기...</translation>
    </message>
</context>
<context>
    <name>HiddenLayersEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>예: {example}</translation>
    </message>
</context>
<context>
    <name>HistogramChoiceDialog</name>
    <message>
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>std 1</source>
        <translation>표준편차 1</translation>
    </message>
    <message>
        <source>std 0.01</source>
        <translation>표준편차 0.01</translation>
    </message>
    <message>
        <source>Activation histograms</source>
        <translation>활성화 분포</translation>
    </message>
    <message>
        <source>1,000 random inputs through 5 layers of 100 units: the 30-bin histogram of each layer&apos;s activations (ch06/weight_init_activation_histogram.py).</source>
        <translation>무작위 입력 1,000개를 노드 100개짜리 5개 층에 통과시켜 층마다 활성화값을 30구간 히스토그램으로 그립니다(ch06/weight_init_activation_histogram.py).</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>활성화 함수(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Initial weights</source>
        <translation>가중치 초깃값(&amp;I)</translation>
    </message>
    <message>
        <source>The activation of the five hidden layers</source>
        <translation>은닉층 5개의 활성화 함수</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>The initial weights&apos; standard deviation: 1 and 0.01 as the book&apos;s first figures, Xavier sqrt(1/n), He sqrt(2/n)</source>
        <translation>가중치 초깃값의 표준편차: 책의 처음 그림의 1과 0.01, Xavier는 sqrt(1/n), He는 sqrt(2/n)</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>가중치 초깃값</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <source>Draw the five histograms into the runs folder</source>
        <translation>히스토그램 5개를 기록 폴더에 그립니다</translation>
    </message>
    <message>
        <source>Close without drawing</source>
        <translation>그리지 않고 닫습니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>Cannot open {path}: there is no such file; check its name and folder.</source>
        <translation>{path}을(를) 열 수 없습니다: 그런 파일이 없습니다. 이름과 폴더를 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is a folder, not an image; choose an image file in it.</source>
        <translation>{path}을(를) 열 수 없습니다: 이미지가 아니라 폴더입니다. 그 안의 이미지 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is {kind}, not an image file; choose a PNG or JPEG file.</source>
        <translation>{path}을(를) 열 수 없습니다: 이미지 파일이 아니라 {kind}입니다. PNG나 JPEG 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot open {path}: permission to read it is denied; allow reading it or copy it somewhere you can read.</source>
        <translation>{path}을(를) 열 수 없습니다: 읽기 권한이 없습니다. 읽기를 허용하거나 읽을 수 있는 곳에 복사하세요.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}; check the file and try again.</source>
        <translation>{path}을(를) 열 수 없습니다: {reason}. 파일을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is larger than {size} MB, too large for a picture of a digit; save a smaller copy and open that.</source>
        <translation>{path}을(를) 열 수 없습니다: {size}MB보다 커서 숫자 그림으로는 너무 큽니다. 더 작은 사본을 저장해 여세요.</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is not an image this app can read; choose a PNG, JPEG, BMP or GIF file.</source>
        <translation>{path}을(를) 열 수 없습니다: 이 앱이 읽을 수 있는 이미지가 아닙니다. PNG, JPEG, BMP, GIF 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot open {path}: it is {width} x {height} pixels, more than the {most} million this app decodes; save a smaller copy (1000 px is plenty).</source>
        <translation>{path}을(를) 열 수 없습니다: {width} x {height} 픽셀로, 이 앱이 읽는 {most}백만 픽셀보다 많습니다. 더 작은 사본을 저장하세요(1000px면 충분합니다).</translation>
    </message>
    <message>
        <source>No digit in {path}: the image is blank (all one shade), so the pad keeps your drawing; open an image with a digit on it.</source>
        <translation>{path}에 숫자가 없습니다: 이미지가 비어 있어(전체가 같은 색조) 패드의 그림은 그대로 둡니다. 숫자가 있는 이미지를 여세요.</translation>
    </message>
    <message>
        <source>Cannot open {path}: reading it failed ({error}); try another copy of the image.</source>
        <translation>{path}을(를) 열 수 없습니다: 읽기에 실패했습니다({error}). 이미지의 다른 사본으로 시도하세요.</translation>
    </message>
</context>
<context>
    <name>LayerHeatmap</name>
    <message>
        <source>unit of layer {layer} (the output: digit)</source>
        <translation>{layer}층의 뉴런(출력: 숫자)</translation>
    </message>
    <message>
        <source>unit of layer {layer}</source>
        <translation>{layer}층의 뉴런</translation>
    </message>
    <message>
        <source>input from layer {layer}</source>
        <translation>{layer}층에서 온 입력</translation>
    </message>
    <message>
        <source>Weights heatmap</source>
        <translation>가중치 히트맵</translation>
    </message>
    <message>
        <source>Hover a cell to see its weight; drag to pan, wheel to zoom</source>
        <translation>셀에 마우스를 올리면 가중치가 보입니다. 드래그로 이동, 휠로 확대/축소</translation>
    </message>
</context>
<context>
    <name>LayerSelector</name>
    <message>
        <source>First-layer weights W1 (one 28x28 tile per hidden unit)</source>
        <translation>1층 가중치 W1(은닉층 뉴런마다 28x28 타일 하나)</translation>
    </message>
    <message>
        <source>{matrix}: 28x28 tiles</source>
        <translation>{matrix}: 28x28 타일</translation>
    </message>
    <message>
        <source>Weights {name} ({rows} x {cols}): row i = input from layer {previous}, column j = unit of layer {layer}</source>
        <translation>가중치 {name} ({rows} x {cols}): 행 i = {previous}층에서 온 입력, 열 j = {layer}층의 뉴런</translation>
    </message>
    <message>
        <source>The weight matrix to show</source>
        <translation>표시할 가중치 행렬</translation>
    </message>
    <message>
        <source>Weight matrix</source>
        <translation>가중치 행렬</translation>
    </message>
</context>
<context>
    <name>LossPlotWidget</name>
    <message>
        <source>Loss per iteration</source>
        <translation>반복별 손실 함수 값</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <source>x axis: from 0 to the last iteration, growing</source>
        <translation>x축: 0부터 마지막 반복까지(계속 늘어남)</translation>
    </message>
    <message>
        <source>Whole run</source>
        <translation>학습 전체</translation>
    </message>
    <message>
        <source>x axis: the whole planned run</source>
        <translation>x축: 예정된 학습 전체</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Show all the data again (after a zoom)</source>
        <translation>(확대한 뒤) 모든 데이터를 다시 보여 줍니다</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>평활화</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>손실 함수 그래프</translation>
    </message>
    <message>
        <source>The loss of each iteration (light) and smoothed (bold); drag to pan, wheel to zoom</source>
        <translation>반복별 손실(연한 선)과 평활화한 값(굵은 선). 드래그로 이동, 휠로 확대/축소</translation>
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
        <translation>‘{panel}’ 보이기/숨기기</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Read a digit</source>
        <translation>숫자 인식</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>학습 기록</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>기울기 확인</translation>
    </message>
    <message>
        <source>Optimizer lab</source>
        <translation>갱신 방법 실험실</translation>
    </message>
    <message>
        <source>Experiment results</source>
        <translation>실험 결과</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화값</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>오차역전파법</translation>
    </message>
    <message>
        <source>The settings need a fix</source>
        <translation>설정을 고쳐야 합니다</translation>
    </message>
    <message>
        <source>{error}. Change it in the Training dock.</source>
        <translation>{error}. ‘학습’ 패널에서 바꾸세요.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>학습에 실패했습니다</translation>
    </message>
    <message>
        <source>Training stopped because of an error:

{message}</source>
        <translation>오류 때문에 학습이 멈췄습니다:

{message}</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>메시지 닫기</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Training paused at iteration {iteration}: {reason}. The learning rate {rate} is too large: the weights have grown so far that the sigmoid units saturate, and the network cannot recover by itself. Reset and start again with a smaller rate (the book uses 0.1), or lower the rate and Resume to watch what happens.</source>
        <translation>반복 {iteration}번째에서 학습을 일시 정지했습니다: {reason}. 학습률 {rate}이(가) 너무 큽니다. 가중치가 너무 커져서 시그모이드 함수의 출력이 포화되었고, 신경망은 스스로 회복할 수 없습니다. 초기화하고 더 작은 학습률로 다시 시작하거나(책에서는 0.1), 학습률을 낮추고 ‘재개’를 눌러 어떻게 되는지 보세요.</translation>
    </message>
</context>
<context>
    <name>MistakesGallery</name>
    <message>
        <source>test image #{index}, labelled {label}
probabilities {listed}; {label} (the label): {probability}</source>
        <translation>시험 이미지 #{index}, 레이블 {label}
확률 {listed}. {label}(레이블): {probability}</translation>
    </message>
    <message>
        <source>Click an image, or press Enter on it, to put it on the drawing pad</source>
        <translation>이미지를 클릭하거나 Enter를 누르면 그림판에 올립니다</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>시험 이미지</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>외 {count}장</translation>
    </message>
</context>
<context>
    <name>MistakesPanel</name>
    <message>
        <source>First 20 mistakes (book)</source>
        <translation>처음 20개 오답(책)</translation>
    </message>
    <message>
        <source>Most confidently wrong first</source>
        <translation>확신이 큰 오답부터</translation>
    </message>
    <message>
        <source>The clicked cell&apos;s images</source>
        <translation>클릭한 칸의 이미지</translation>
    </message>
    <message>
        <source>No network yet: train, and the test images it reads wrong show here.</source>
        <translation>아직 신경망이 없습니다. 학습하면 잘못 인식한 시험 이미지가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Reading the 10,000 test images…</source>
        <translation>시험 이미지 10,000장을 인식하는 중…</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its images.</source>
        <translation>행렬의 칸을 클릭하면 그 이미지를 봅니다.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>Which test images the gallery shows</source>
        <translation>목록에 보여 줄 시험 이미지</translation>
    </message>
    <message>
        <source>Images to show</source>
        <translation>보여 줄 이미지</translation>
    </message>
    <message>
        <source>Could not read the test images: {error}</source>
        <translation>시험 이미지를 인식할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>The first {count} of {wrong} mistakes, in test-set order (as the book&apos;s ch08/misclassified_mnist.py): label → reading (probability)</source>
        <translation>오답 {wrong}개 중 처음 {count}개, 시험 데이터 순서(책의 ch08/misclassified_mnist.py와 같음): 레이블 → 인식 결과(확률)</translation>
    </message>
    <message>
        <source>The {wrong} mistakes, the most confidently wrong first</source>
        <translation>오답 {wrong}개, 확신이 큰 순서</translation>
    </message>
    <message>
        <source>True “{true}”, read right: {count} images</source>
        <translation>정답 “{true}”, 올바르게 인식: {count}장</translation>
    </message>
    <message>
        <source>True “{true}”, read as “{read}”: {count} images</source>
        <translation>정답 “{true}”, “{read}”(으)로 인식: {count}장</translation>
    </message>
    <message>
        <source>(epoch {epoch}&apos;s matrix counted {counted}; the network has changed since)</source>
        <translation>(에폭 {epoch}의 행렬에서는 {counted}장. 그 뒤 신경망이 바뀌었습니다)</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>open a file saved with File &gt; Save model or `mnist-trainer train`</source>
        <translation>파일 &gt; 모델 저장 또는 `mnist-trainer train`으로 저장한 파일을 여세요</translation>
    </message>
    <message>
        <source>the file is damaged or was not written by MNIST Trainer; save the model again</source>
        <translation>파일이 손상되었거나 MNIST Trainer가 쓴 파일이 아닙니다. 모델을 다시 저장하세요</translation>
    </message>
    <message>
        <source>{path} is not a model file ({what}); {fix}</source>
        <translation>{path}은(는) 모델 파일이 아닙니다({what}). {fix}</translation>
    </message>
    <message>
        <source>{path} holds Python objects in &apos;{key}&apos; (stored with pickle), which MNIST Trainer does not load because opening them can run code; {fix}</source>
        <translation>{path}의 &apos;{key}&apos;에는 Python 객체가 (pickle로) 저장되어 있습니다. 열면 코드가 실행될 수 있어 MNIST Trainer는 읽지 않습니다. {fix}</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete ({problem}); it was probably cut short while being saved or copied: copy or save it again</source>
        <translation>{path}이(가) 손상되었거나 불완전합니다({problem}). 저장이나 복사 중에 끊긴 것 같습니다. 다시 복사하거나 저장하세요</translation>
    </message>
    <message>
        <source>{path}: {problem}; {fix}</source>
        <translation>{path}: {problem}. {fix}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 외 {count}개</translation>
    </message>
    <message>
        <source>{path} does not exist; check the name and folder, or {fix}</source>
        <translation>{path}이(가) 없습니다. 이름과 폴더를 확인하세요. 또는 {fix}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file; choose the model.npz inside it</source>
        <translation>{path}은(는) 모델 파일이 아니라 폴더입니다. 그 안의 model.npz를 선택하세요</translation>
    </message>
    <message>
        <source>{path} cannot be read: you do not have permission to read it; ask its owner for read permission, or open a copy you may read</source>
        <translation>{path}을(를) 읽을 수 없습니다: 읽기 권한이 없습니다. 소유자에게 읽기 권한을 요청하거나 읽을 수 있는 사본을 여세요</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is {kind}); {fix}</source>
        <translation>{path}은(는) 일반 파일이 아닙니다({kind}입니다). {fix}</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}); check that you may read it</source>
        <translation>{path}을(를) 읽지 못했습니다({reason}). 읽기 권한이 있는지 확인하세요</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>아무것도 없음</translation>
    </message>
    <message>
        <source>{path} is not a model saved by MNIST Trainer (no W1 in it; it holds {names}); {fix}</source>
        <translation>{path}은(는) MNIST Trainer가 저장한 모델이 아닙니다(W1이 없고 {names}이(가) 들어 있습니다). {fix}</translation>
    </message>
    <message>
        <source>{path} holds entries a model file of its network does not have: {names}; {fix}</source>
        <translation>{path}에는 그 신경망의 모델 파일에 없는 항목이 있습니다: {names}. {fix}</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>빈 파일입니다</translation>
    </message>
    <message>
        <source>it is a PNG image</source>
        <translation>PNG 이미지입니다</translation>
    </message>
    <message>
        <source>it is a single NumPy array (.npy), not an .npz model</source>
        <translation>단일 NumPy 배열(.npy)이며 .npz 모델이 아닙니다</translation>
    </message>
    <message>
        <source>its contents are not an .npz archive</source>
        <translation>내용이 .npz 아카이브가 아닙니다</translation>
    </message>
    <message>
        <source>it is a text file</source>
        <translation>텍스트 파일입니다</translation>
    </message>
    <message>
        <source>the training it comes from diverged: train again with a smaller learning rate and save that model</source>
        <translation>원래 학습이 발산했습니다. 더 작은 학습률로 다시 학습하고 그 모델을 저장하세요</translation>
    </message>
    <message>
        <source>extra must be a dict</source>
        <translation>extra는 dict여야 합니다</translation>
    </message>
    <message>
        <source>extra is not plain JSON data ({error})</source>
        <translation>extra가 단순한 JSON 데이터가 아닙니다({error})</translation>
    </message>
    <message>
        <source>cannot save the model to {path}: {problem}</source>
        <translation>{path}에 모델을 저장할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>it has no {names} although it says it is format {version}</source>
        <translation>형식 {version}이라고 하면서 {names}이(가) 없습니다</translation>
    </message>
    <message>
        <source>it was not written by MNIST Trainer (its app entry differs)</source>
        <translation>MNIST Trainer가 쓴 파일이 아닙니다(app 항목이 다릅니다)</translation>
    </message>
    <message>
        <source>its config describes a network format {version} does not hold</source>
        <translation>config가 형식 {version}에 담을 수 없는 신경망을 설명합니다</translation>
    </message>
    <message>
        <source>its {name} is not a whole number (dtype {dtype}, {shape})</source>
        <translation>{name}이(가) 정수가 아닙니다(dtype {dtype}, {shape})</translation>
    </message>
    <message>
        <source>its {name} entry is not text (dtype {dtype}, {shape})</source>
        <translation>{name} 항목이 텍스트가 아닙니다(dtype {dtype}, {shape})</translation>
    </message>
    <message>
        <source>its {name} entry is too long ({count} characters; at most {most})</source>
        <translation>{name} 항목이 너무 깁니다({count}자, 최대 {most})</translation>
    </message>
    <message>
        <source>its {name} entry is {problem}</source>
        <translation>{name} 항목: {problem}</translation>
    </message>
    <message>
        <source>it has no format_version, so it was not written by MNIST Trainer</source>
        <translation>format_version이 없으므로 MNIST Trainer가 쓴 파일이 아닙니다</translation>
    </message>
    <message>
        <source>it was saved by a newer MNIST Trainer (model format {version}; this version reads formats {formats} and {last})</source>
        <translation>더 새로운 MNIST Trainer로 저장되었습니다(모델 형식 {version}. 이 버전은 형식 {formats}, {last}을(를) 읽습니다)</translation>
    </message>
    <message>
        <source>update the app to open it</source>
        <translation>열려면 앱을 업데이트하세요</translation>
    </message>
    <message>
        <source>its format_version {version} is not one MNIST Trainer ever wrote</source>
        <translation>format_version {version}은(는) MNIST Trainer가 쓴 적이 없는 형식입니다</translation>
    </message>
    <message>
        <source>its config is not a JSON object of settings</source>
        <translation>config가 설정의 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>its config is invalid: {problem}</source>
        <translation>config가 올바르지 않습니다: {problem}</translation>
    </message>
    <message>
        <source>its config has a setting of the wrong type ({problem})</source>
        <translation>config에 형식이 잘못된 설정이 있습니다({problem})</translation>
    </message>
    <message>
        <source>its config has settings this version does not know: {names}</source>
        <translation>config에 이 버전이 모르는 설정이 있습니다: {names}</translation>
    </message>
    <message>
        <source>it may come from a newer MNIST Trainer: update the app, or save the model again</source>
        <translation>더 새로운 MNIST Trainer의 파일일 수 있습니다. 앱을 업데이트하거나 모델을 다시 저장하세요</translation>
    </message>
    <message>
        <source>{sizes} with batch norm</source>
        <translation>{sizes}(배치 정규화 있음)</translation>
    </message>
    <message>
        <source>it has entries that a {network} network trained with {optimizer} does not have: {names}</source>
        <translation>{optimizer}로 학습한 {network} 신경망에는 없는 항목이 있습니다: {names}</translation>
    </message>
    <message>
        <source>its {what} have the shapes {found}, where its config needs {needed}</source>
        <translation>{what}의 형상이 {found}인데 config에는 {needed}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>{key} holds {count} NaN or infinite values</source>
        <translation>{key}에 NaN 또는 무한대 값이 {count}개 있습니다</translation>
    </message>
    <message>
        <source>it has no {names}, which its config&apos;s {network} network has</source>
        <translation>config의 {network} 신경망에 있는 {names}이(가) 없습니다</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>its weights are {dtypes}, not all float32 or all float64</source>
        <translation>가중치가 {dtypes}로, 모두 float32도 모두 float64도 아닙니다</translation>
    </message>
    <message>
        <source>its {key} is {dtype}, not float32 or float64</source>
        <translation>{key}이(가) {dtype}로, float32나 float64가 아닙니다</translation>
    </message>
    <message>
        <source>it has some of batch norm&apos;s running statistics but not {names}</source>
        <translation>배치 정규화의 이동 평균 통계량 일부는 있지만 {names}이(가) 없습니다</translation>
    </message>
    <message>
        <source>batch norm statistics</source>
        <translation>배치 정규화 통계량</translation>
    </message>
    <message>
        <source>its batch norm variances {names} hold negative values</source>
        <translation>배치 정규화의 분산 {names}에 음수 값이 있습니다</translation>
    </message>
    <message>
        <source>its {key} {step} is negative</source>
        <translation>{key} {step}이(가) 음수입니다</translation>
    </message>
    <message>
        <source>it has part of the {optimizer} optimizer&apos;s state, without {names}</source>
        <translation>{optimizer}의 상태 일부만 있고 {names}이(가) 없습니다</translation>
    </message>
    <message>
        <source>its {key} is 0 but it has Adam&apos;s moments m and v</source>
        <translation>{key}이(가) 0인데 Adam의 모멘트 m과 v가 있습니다</translation>
    </message>
    <message>
        <source>optimizer state</source>
        <translation>갱신 방법의 상태</translation>
    </message>
    <message>
        <source>the training it comes from diverged: train again and save that model</source>
        <translation>원래 학습이 발산했습니다. 다시 학습하고 그 모델을 저장하세요</translation>
    </message>
    <message>
        <source>its sums of squared gradients {names} hold negative values</source>
        <translation>기울기 제곱합 {names}에 음수 값이 있습니다</translation>
    </message>
    <message>
        <source>its iterations_done {done} is not between 0 and {most}</source>
        <translation>iterations_done {done}이(가) 0에서 {most} 사이가 아닙니다</translation>
    </message>
    <message>
        <source>its metrics_losses are {dtype} {shape}, not (N,) floats</source>
        <translation>metrics_losses가 {dtype} {shape}로, (N,) 부동소수점 수가 아닙니다</translation>
    </message>
    <message>
        <source>it has {count} losses but iterations_done is {done}; pass iterations_done=len(losses)</source>
        <translation>손실이 {count}개인데 iterations_done이 {done}입니다. iterations_done=len(losses)를 넘기세요</translation>
    </message>
    <message>
        <source>its metrics_epochs are {dtype} {shape}, not (E, 4) floats</source>
        <translation>metrics_epochs가 {dtype} {shape}로, (E, 4) 부동소수점 수가 아닙니다</translation>
    </message>
    <message>
        <source>its metrics_epochs have {count} rows, more than {iterations} iterations can measure</source>
        <translation>metrics_epochs가 {count}행으로, 반복 {iterations}회로 측정할 수 있는 수보다 많습니다</translation>
    </message>
    <message>
        <source>its metrics_epochs hold NaN or infinite values</source>
        <translation>metrics_epochs에 NaN 또는 무한대 값이 있습니다</translation>
    </message>
    <message>
        <source>its metrics_epochs have epochs or iterations that are not whole numbers</source>
        <translation>metrics_epochs에 정수가 아닌 에폭이나 반복 수가 있습니다</translation>
    </message>
    <message>
        <source>its metrics_epochs have iterations beyond iterations_done or accuracies outside 0..1</source>
        <translation>metrics_epochs에 iterations_done을 넘는 반복이나 0..1 밖의 정확도가 있습니다</translation>
    </message>
    <message>
        <source>its extra entry is not a JSON object</source>
        <translation>extra 항목이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프(FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>문자 장치</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>블록 장치</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>특수 파일</translation>
    </message>
    <message>
        <source>its {key} entry holds Python objects (stored with pickle)</source>
        <translation>{key} 항목에 Python 객체가 (pickle로) 저장되어 있습니다</translation>
    </message>
    <message>
        <source>it has {count} members, more than {most}</source>
        <translation>멤버가 {count}개로 {most}개보다 많습니다</translation>
    </message>
    <message>
        <source>its {key} entry unpacks to {size} bytes, more than the {most} it may have</source>
        <translation>{key} 항목은 풀면 {size}바이트로, 허용되는 {most}보다 큽니다</translation>
    </message>
    <message>
        <source>its {key} entry holds {size} bytes of data but its header declares {declared}</source>
        <translation>{key} 항목의 데이터는 {size}바이트인데 헤더에는 {declared}(으)로 되어 있습니다</translation>
    </message>
    <message>
        <source>it uses zip64 records, which only archives of 4 GB or 65,535 members need</source>
        <translation>zip64 레코드를 사용합니다(4GB나 멤버 65,535개인 아카이브에만 필요합니다)</translation>
    </message>
    <message>
        <source>it declares {count} members in {size} bytes of contents, more than {most}</source>
        <translation>목차 {size}바이트에 멤버 {count}개를 선언해 {most}개보다 많습니다</translation>
    </message>
    <message>
        <source>.npy format {version} is not read here</source>
        <translation>.npy 형식 {version}은(는) 읽지 않습니다</translation>
    </message>
    <message>
        <source>its {key} entry declares the shape {shape}</source>
        <translation>{key} 항목이 형상 {shape}을(를) 선언합니다</translation>
    </message>
    <message>
        <source>its {key} entry declares {dtype} {shape} ({size} bytes), more than the {most} bytes it may have</source>
        <translation>{key} 항목이 {dtype} {shape}({size}바이트)로, 허용되는 {most}바이트보다 큽니다</translation>
    </message>
    <message>
        <source>the data ends after {done} of {size} bytes</source>
        <translation>데이터가 {size}바이트 중 {done}바이트에서 끝납니다</translation>
    </message>
</context>
<context>
    <name>MyDigits</name>
    <message>
        <source>delete or rename the file to start a new set</source>
        <translation>새 세트를 시작하려면 파일을 삭제하거나 이름을 바꾸세요</translation>
    </message>
    <message>
        <source>a digit is 28x28 pixels; this image has shape {shape}</source>
        <translation>숫자는 28x28 픽셀인데 이 이미지의 형상은 {shape}입니다</translation>
    </message>
    <message>
        <source>a digit&apos;s pixels are uint8 or floats, not {dtype}</source>
        <translation>숫자의 픽셀은 uint8이나 부동소수점 수여야 하며 {dtype}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>the image holds NaN or infinite pixels</source>
        <translation>이미지에 NaN 또는 무한대 픽셀이 있습니다</translation>
    </message>
    <message>
        <source>a digit&apos;s label is a whole number from 0 to 9, not {label}</source>
        <translation>숫자의 레이블은 0에서 9까지의 정수여야 하며 {label}은(는) 안 됩니다</translation>
    </message>
    <message>
        <source>{path} is not a regular file; {fix}</source>
        <translation>{path}은(는) 일반 파일이 아닙니다. {fix}</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); check its permissions</source>
        <translation>{path}을(를) 읽을 수 없습니다({reason}). 권한을 확인하세요</translation>
    </message>
    <message>
        <source>{path} is too large to be a set; {fix}</source>
        <translation>{path}은(는) 세트라기에는 너무 큽니다. {fix}</translation>
    </message>
    <message>
        <source>{path}: {problem}; {fix}</source>
        <translation>{path}: {problem}. {fix}</translation>
    </message>
    <message>
        <source>every image needs one label</source>
        <translation>이미지마다 레이블이 하나 필요합니다</translation>
    </message>
    <message>
        <source>a set holds at most {most} drawings; it has {count}: remove some first</source>
        <translation>세트에는 그림이 최대 {most}개까지 들어가며 지금 {count}개가 있습니다. 먼저 몇 개를 지우세요</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason}); the set is unchanged; check that the folder may be written and the disk has room</source>
        <translation>{path}에 쓸 수 없습니다({reason}). 세트는 바뀌지 않았습니다. 폴더에 쓸 수 있는지, 디스크에 공간이 있는지 확인하세요</translation>
    </message>
    <message>
        <source>it is not a set of drawings (unexpected contents)</source>
        <translation>그림 세트가 아닙니다(예상하지 못한 내용)</translation>
    </message>
    <message>
        <source>it is damaged or not a set ({problem})</source>
        <translation>손상되었거나 세트가 아닙니다({problem})</translation>
    </message>
    <message>
        <source>it was written by another version of MNIST Trainer</source>
        <translation>다른 버전의 MNIST Trainer가 쓴 파일입니다</translation>
    </message>
    <message>
        <source>its images are not 28x28 uint8 pixels, one per label</source>
        <translation>이미지가 레이블마다 하나인 28x28 uint8 픽셀이 아닙니다</translation>
    </message>
    <message>
        <source>its labels are not digits from 0 to 9</source>
        <translation>레이블이 0에서 9까지의 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>its drawings&apos; ids are missing or repeated</source>
        <translation>그림의 ID가 없거나 중복됩니다</translation>
    </message>
    <message>
        <source>its next id is missing or not above every drawing&apos;s</source>
        <translation>다음 ID가 없거나 모든 그림의 ID보다 크지 않습니다</translation>
    </message>
    <message>
        <source>{path} is not an empty folder; choose a new or empty folder</source>
        <translation>{path}은(는) 빈 폴더가 아닙니다. 새 폴더나 빈 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason}); nothing was exported; check that the folder may be written and the disk has room</source>
        <translation>{path}에 쓸 수 없습니다({reason}). 아무것도 내보내지 않았습니다. 폴더에 쓸 수 있는지, 디스크에 공간이 있는지 확인하세요</translation>
    </message>
    <message>
        <source>it is {kind}, not an image file</source>
        <translation>이미지 파일이 아니라 {kind}입니다</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>it is too large to be a 28x28 digit</source>
        <translation>28x28 숫자라기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>it is not a PNG image</source>
        <translation>PNG 이미지가 아닙니다</translation>
    </message>
    <message>
        <source>it is {width}x{height} pixels, not 28x28</source>
        <translation>{width}x{height} 픽셀로, 28x28이 아닙니다</translation>
    </message>
    <message>
        <source>it is a damaged PNG</source>
        <translation>손상된 PNG입니다</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); choose a folder of PNGs</source>
        <translation>{path}을(를) 읽을 수 없습니다({reason}). PNG가 든 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>its name does not start with its label (like 7_0001.png)</source>
        <translation>이름이 레이블로 시작하지 않습니다(7_0001.png처럼)</translation>
    </message>
    <message>
        <source>only {count} files are read</source>
        <translation>파일은 {count}개까지만 읽습니다</translation>
    </message>
</context>
<context>
    <name>MyDigitsWidget</name>
    <message>
        <source>Your drawings and their true labels; ✓ or ✗: how the model chosen on the right reads them</source>
        <translation>직접 쓴 숫자와 정답 레이블. ✓/✗: 오른쪽에서 고른 모델이 읽은 결과</translation>
    </message>
    <message>
        <source>My digits gallery</source>
        <translation>내 숫자 갤러리</translation>
    </message>
    <message>
        <source>Accuracy of each model on your digits; choose a row to mark the drawings</source>
        <translation>각 모델의 내 숫자 정확도. 행을 고르면 숫자에 ✓/✗가 표시됩니다</translation>
    </message>
    <message>
        <source>Scores on my digits</source>
        <translation>내 숫자 정확도</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>숫자 수</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Write your digits as PNG files named by their label (7_0001.png) into a new folder</source>
        <translation>숫자를 레이블 이름의 PNG 파일(7_0001.png)로 새 폴더에 내보냅니다</translation>
    </message>
    <message>
        <source>Export my digits</source>
        <translation>내 숫자 내보내기</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Add the 28x28 PNG files of a folder: named by their label (7_0001.png) or in sub-folders 0 to 9</source>
        <translation>폴더의 28x28 PNG 파일을 추가합니다: 레이블 이름(7_0001.png) 또는 하위 폴더 0~9</translation>
    </message>
    <message>
        <source>Import digits</source>
        <translation>숫자 가져오기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove the selected drawings (Delete)</source>
        <translation>선택한 숫자 삭제(Delete)</translation>
    </message>
    <message>
        <source>Remove the selected drawings</source>
        <translation>선택한 숫자 삭제</translation>
    </message>
    <message>
        <source>My digits message</source>
        <translation>내 숫자 메시지</translation>
    </message>
    <message>
        <source>Could not read My digits: {error}</source>
        <translation>내 숫자를 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Could not score the saved runs: {error}</source>
        <translation>저장된 학습 기록을 평가할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>No drawings yet: draw a digit, choose its label and press Save to my digits.</source>
        <translation>아직 숫자가 없습니다. 숫자를 그리고 레이블을 고른 뒤 ‘내 숫자에 저장’을 누르세요.</translation>
    </message>
    <message>
        <source>Drawings: {count}</source>
        <translation>숫자: {count}</translation>
    </message>
    <message>
        <source>Live network</source>
        <translation>현재 신경망</translation>
    </message>
    <message>
        <source>This run has no saved model.</source>
        <translation>이 학습 기록에는 저장된 모델이 없습니다.</translation>
    </message>
    <message>
        <source>This run was trained on another dataset, not on digits.</source>
        <translation>이 학습은 숫자가 아닌 다른 데이터셋으로 했습니다.</translation>
    </message>
    <message>
        <source>Remove the selected drawings from My digits ({count})?</source>
        <translation>선택한 숫자({count}개)를 내 숫자에서 삭제할까요?</translation>
    </message>
    <message>
        <source>Remove drawings</source>
        <translation>숫자 삭제</translation>
    </message>
    <message>
        <source>Could not remove: {error}</source>
        <translation>삭제할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Removed drawings: {count}</source>
        <translation>삭제한 숫자: {count}</translation>
    </message>
    <message>
        <source>Export my digits into a new or empty folder</source>
        <translation>내 숫자를 새 폴더나 빈 폴더로 내보내기</translation>
    </message>
    <message>
        <source>Import digits from a folder of PNGs</source>
        <translation>PNG 폴더에서 숫자 가져오기</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>내보낼 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Exported {count} drawings to {folder}</source>
        <translation>{folder}에 숫자 {count}개를 내보냈습니다</translation>
    </message>
    <message>
        <source>Could not import: {error}</source>
        <translation>가져올 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Added {added} drawings; skipped {skipped} files.</source>
        <translation>숫자 {added}개를 추가하고 파일 {skipped}개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>True label: {label}</source>
        <translation>정답 레이블: {label}</translation>
    </message>
    <message>
        <source>True label: {label}; the model reads {read}</source>
        <translation>정답 레이블: {label}, 모델이 읽은 값: {read}</translation>
    </message>
</context>
<context>
    <name>MyDigitsWindow</name>
    <message>
        <source>My digits</source>
        <translation>내 숫자</translation>
    </message>
    <message>
        <source>Export for the &amp;book&apos;s scripts…</source>
        <translation>책의 스크립트용으로 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>Write the network&apos;s params as the book&apos;s save_params does (a pickle): only for the book&apos;s own scripts</source>
        <translation>신경망의 params를 책의 save_params와 같은 형식(pickle)으로 내보냅니다. 책의 스크립트 전용입니다</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>내보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>Train a network first (Start or Step).</source>
        <translation>먼저 신경망을 학습시키세요(‘시작’ 또는 ‘한 단계’).</translation>
    </message>
    <message>
        <source>Export for the book&apos;s scripts</source>
        <translation>책의 스크립트용으로 내보내기</translation>
    </message>
    <message>
        <source>Pickle for the book&apos;s scripts (*.pkl)</source>
        <translation>책의 스크립트용 pickle (*.pkl)</translation>
    </message>
    <message>
        <source>Saved {file} for the book&apos;s scripts</source>
        <translation>책의 스크립트용으로 {file}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Batch Normalization</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>The book&apos;s params hold gamma and beta but not the running mean and variance of Batch Normalization, which the book&apos;s scripts build only while training: right after loading, their predictions are off.</source>
        <translation>책의 params에는 gamma와 beta는 있지만 배치 정규화의 이동 평균과 분산은 없습니다. 책의 스크립트는 이를 학습 중에만 만들므로, 불러온 직후의 추론은 어긋납니다.</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>{file}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsWidget</name>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>Units in each hidden layer, input to output: 50 is the book&apos;s 784-50-10 network, 100, 100, 100, 100 chapter 6&apos;s deep one ({help})</source>
        <translation>입력 쪽부터 각 은닉층의 뉴런 수: 50은 책의 784-50-10 신경망, 100, 100, 100, 100은 6장의 깊은 신경망 ({help})</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>The hidden layers&apos; activation function: sigmoid (chapter 4), ReLU or tanh</source>
        <translation>은닉층의 활성화 함수: 시그모이드 (4장), ReLU, tanh</translation>
    </message>
    <message>
        <source>Weight init</source>
        <translation>가중치 초깃값</translation>
    </message>
    <message>
        <source>Initial weights: a fixed standard deviation (chapter 4: 0.01), Xavier (sqrt(1/n), suits sigmoid and tanh) or He (sqrt(2/n), suits ReLU), n being the size of the layer before</source>
        <translation>가중치 초깃값: 고정된 표준편차 (4장: 0.01), Xavier 초깃값 (sqrt(1/n), 시그모이드와 tanh에 적합), He 초깃값 (sqrt(2/n), ReLU에 적합). n은 앞 층의 뉴런 수</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <source>Init std</source>
        <translation>초깃값 표준편차</translation>
    </message>
    <message>
        <source>Standard deviation of the initial weights (when &quot;{std}&quot; is chosen)</source>
        <translation>가중치 초깃값의 표준편차 (‘{std}’을(를) 선택했을 때)</translation>
    </message>
</context>
<context>
    <name>NetworkText</name>
    <message>
        <source>sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>std {value}</source>
        <translation>표준편차 {value}</translation>
    </message>
    <message>
        <source>{optimizer} lr {rate}</source>
        <translation>{optimizer} 학습률 {rate}</translation>
    </message>
    <message>
        <source>weight decay {value}</source>
        <translation>가중치 감소 {value}</translation>
    </message>
    <message>
        <source>dropout {value}</source>
        <translation>드롭아웃 {value}</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>{network}: {count} parameters</source>
        <translation>{network}: 매개변수 {count}개</translation>
    </message>
    <message>
        <source>settings unknown, {count} iterations</source>
        <translation>설정 알 수 없음, {count}회 갱신</translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation>{count}회 갱신</translation>
    </message>
    <message>
        <source>{done} of {total} iterations</source>
        <translation>{total}회 중 {done}회 갱신</translation>
    </message>
    <message>
        <source>{layers}, lr {rate}, batch {batch}, {iterations}</source>
        <translation>{layers}, 학습률 {rate}, 미니배치 {batch}, {iterations}</translation>
    </message>
    <message>
        <source>{layers}, {activation}, {optimizer}, batch {batch}, {iterations}</source>
        <translation>{layers}, {activation}, {optimizer}, 미니배치 {batch}, {iterations}</translation>
    </message>
</context>
<context>
    <name>OptimizerLabWidget</name>
    <message>
        <source>Hover over a point of a path (or click the plot and use the arrow keys) to see the step that reached it, with its numbers.</source>
        <translation>경로의 점 위에 마우스를 올리면(또는 그래프를 클릭하고 화살표 키를 쓰면) 그 점에 이른 갱신을 수치와 함께 보여 줍니다.</translation>
    </message>
    <message>
        <source>The book&apos;s bowl with each optimizer&apos;s 30 steps; hover over a point, or use the arrow keys, to see its step</source>
        <translation>책의 그릇 모양 함수와 갱신 방법별 30단계. 점 위에 마우스를 올리거나 화살표 키로 그 단계를 봅니다</translation>
    </message>
    <message>
        <source>Optimizer paths</source>
        <translation>갱신 방법의 경로</translation>
    </message>
    <message>
        <source>The update of the point under the mouse, with its numbers</source>
        <translation>마우스 아래 점의 갱신과 그 수치</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>갱신 세부 정보</translation>
    </message>
    <message>
        <source>Book&apos;s learning rates</source>
        <translation>책의 학습률</translation>
    </message>
    <message>
        <source>Set every learning rate back to optimizer_compare_naive.py&apos;s: SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3</source>
        <translation>모든 학습률을 optimizer_compare_naive.py의 값으로 되돌립니다: SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3</translation>
    </message>
    <message>
        <source>Show or hide {optimizer}&apos;s path</source>
        <translation>{optimizer}의 경로를 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>Show {optimizer}</source>
        <translation>{optimizer} 표시</translation>
    </message>
    <message>
        <source>{optimizer}&apos;s learning rate, {low} to {high} on a log scale (the book uses {book}); the arrow keys and Page Up/Down move it</source>
        <translation>{optimizer}의 학습률, 로그 눈금으로 {low}~{high}(책에서는 {book}). 화살표 키와 Page Up/Down으로 움직입니다</translation>
    </message>
    <message>
        <source>{optimizer} learning rate</source>
        <translation>{optimizer}의 학습률</translation>
    </message>
    <message>
        <source>{optimizer}&apos;s learning rate</source>
        <translation>{optimizer}의 학습률</translation>
    </message>
    <message>
        <source>{optimizer} learning rate value</source>
        <translation>{optimizer}의 학습률 값</translation>
    </message>
    <message>
        <source>lr {lr} (diverges)</source>
        <translation>학습률 {lr}(발산)</translation>
    </message>
    <message>
        <source>lr {lr}</source>
        <translation>학습률 {lr}</translation>
    </message>
    <message>
        <source>Start: W = (x, y) = ({x}, {y}); every path begins here.
Hover over a later point to see the step that reached it.</source>
        <translation>시작점: W = (x, y) = ({x}, {y}). 모든 경로가 여기서 시작합니다.
뒤의 점 위에 마우스를 올리면 그 점에 이른 갱신을 보여 줍니다.</translation>
    </message>
    <message>
        <source>{optimizer}, step {step} ({settings})</source>
        <translation>{optimizer}, {step}번째 갱신({settings})</translation>
    </message>
</context>
<context>
    <name>OptimizerSettingsWidget</name>
    <message>
        <source>Optimizer</source>
        <translation>갱신 방법</translation>
    </message>
    <message>
        <source>How the gradient updates the weights (chapter 6). Choosing one sets the learning rate to the book&apos;s default for it: {rates}.</source>
        <translation>기울기로 가중치를 갱신하는 방법 (6장). 고르면 학습률이 책의 기본값으로 바뀝니다: {rates}.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>The optimizer&apos;s step size (lr); can be changed while training (applies from the next iteration)</source>
        <translation>갱신의 보폭 (lr). 학습 중에도 바꿀 수 있으며 다음 갱신부터 적용됩니다</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Momentum and Nesterov: how much velocity is kept</source>
        <translation>모멘텀과 Nesterov: 속도를 얼마나 유지할지</translation>
    </message>
    <message>
        <source>Decay rate</source>
        <translation>감쇠율</translation>
    </message>
    <message>
        <source>RMSprop: how much of the running average of squared gradients is kept</source>
        <translation>RMSprop: 기울기 제곱의 이동 평균을 얼마나 유지할지</translation>
    </message>
    <message>
        <source>Beta 1</source>
        <translation>β1</translation>
    </message>
    <message>
        <source>Adam: decay of the running mean of the gradients</source>
        <translation>Adam: 기울기 이동 평균의 감쇠율</translation>
    </message>
    <message>
        <source>Beta 2</source>
        <translation>β2</translation>
    </message>
    <message>
        <source>Adam: decay of the running mean of the squared gradients</source>
        <translation>Adam: 기울기 제곱 이동 평균의 감쇠율</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Transforms</source>
        <translation>변환</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>다운샘플링</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>투명도</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>Plot Options</source>
        <translation>플롯 옵션</translation>
    </message>
</context>
<context>
    <name>RaceAccuracyPlot</name>
    <message>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Each contestant&apos;s accuracy per epoch: train solid with circles, test dashed</source>
        <translation>참가자마다 에폭별 정확도: 훈련 데이터는 실선과 원, 시험 데이터는 점선</translation>
    </message>
    <message>
        <source>Race accuracy plot</source>
        <translation>레이스 정확도 그래프</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>시험</translation>
    </message>
</context>
<context>
    <name>RaceLossPlot</name>
    <message>
        <source>Loss per iteration (smoothed: the book&apos;s smooth_curve)</source>
        <translation>반복별 손실(평활화: 책의 smooth_curve)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Raw losses</source>
        <translation>원래 손실</translation>
    </message>
    <message>
        <source>Show every contestant&apos;s raw losses under its smoothed curve</source>
        <translation>참가자마다 평활화한 곡선 아래에 원래 손실을 표시합니다</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Follow the data again, with y fitted to what is shown</source>
        <translation>다시 데이터를 따라가며 y를 보이는 데이터에 맞춥니다</translation>
    </message>
    <message>
        <source>Fit the loss plot</source>
        <translation>손실 그래프 전체 보기</translation>
    </message>
    <message>
        <source>Each contestant&apos;s loss in its colour: faint raw, solid smoothed</source>
        <translation>참가자마다 자기 색으로 그린 손실: 옅은 선은 원래 값, 진한 선은 평활화한 값</translation>
    </message>
    <message>
        <source>Race loss plot</source>
        <translation>레이스 손실 그래프</translation>
    </message>
</context>
<context>
    <name>RaceSetupWidget</name>
    <message>
        <source>Race</source>
        <translation>레이스</translation>
    </message>
    <message>
        <source>The contestants of the next race, named by what differs between them; double-click one or press Enter to show its settings in the dock, Delete to remove it</source>
        <translation>다음 레이스의 참가자(서로 다른 점으로 이름이 붙습니다). 두 번 클릭하거나 Enter를 누르면 설정을 ‘학습’ 패널에 표시하고, Delete로 삭제합니다</translation>
    </message>
    <message>
        <source>Race contestants</source>
        <translation>레이스 참가자</translation>
    </message>
    <message>
        <source>Add to race</source>
        <translation>레이스에 추가</translation>
    </message>
    <message>
        <source>Add the settings above as a contestant (2 to 6)</source>
        <translation>위의 설정을 참가자로 추가합니다(2~6)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove the selected contestant</source>
        <translation>선택한 참가자를 삭제합니다</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 삭제</translation>
    </message>
    <message>
        <source>Remove every contestant</source>
        <translation>모든 참가자를 삭제합니다</translation>
    </message>
    <message>
        <source>Start race</source>
        <translation>레이스 시작</translation>
    </message>
    <message>
        <source>Train every contestant at once, on the same minibatches, each in its own process; Pause, Step, Stop and Reset then act on the whole race</source>
        <translation>모든 참가자를 같은 미니배치로 동시에 학습합니다(각자 별도 프로세스). ‘일시 정지’, ‘한 단계’, ‘중지’, ‘초기화’는 레이스 전체에 적용됩니다</translation>
    </message>
</context>
<context>
    <name>RaceTable</name>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Best test acc</source>
        <translation>최고 시험 정확도</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>it/s</source>
        <translation>회/초</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>갱신 방법</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>가중치 초깃값</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>가중치 감소</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>미니배치</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지 수</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Iterations planned</source>
        <translation>예정 반복 수</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>추출 방식</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>batch {batch}, {iterations} iterations on the first {images} training images, {sampling} sampling</source>
        <translation>미니배치 {batch}, 훈련 데이터 앞 {images}장으로 {iterations}회, {sampling}</translation>
    </message>
    <message>
        <source>batch {batch}, {iterations} iterations on all training images, {sampling} sampling</source>
        <translation>미니배치 {batch}, 훈련 데이터 전체로 {iterations}회, {sampling}</translation>
    </message>
    <message>
        <source>seed {seed}, batch seed {batch_seed}</source>
        <translation>시드 {seed}, 미니배치 시드 {batch_seed}</translation>
    </message>
    <message>
        <source>One row per contestant: the settings that differ, highlighted, then its progress; select a row to see that contestant&apos;s weights and settings</source>
        <translation>참가자마다 한 행: 서로 다른 설정(강조 표시)과 진행 상황. 행을 선택하면 그 가중치와 설정을 보여 줍니다</translation>
    </message>
    <message>
        <source>Race table</source>
        <translation>레이스 표</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>참가자</translation>
    </message>
</context>
<context>
    <name>RaceTexts</name>
    <message>
        <source>{optimizer} lr {lr}</source>
        <translation>{optimizer} 학습률 {lr}</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>복원 추출</translation>
    </message>
    <message>
        <source>shuffle</source>
        <translation>섞기</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>오차역전파법</translation>
    </message>
    <message>
        <source>numerical</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>중지 중</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>weight decay {value}</source>
        <translation>가중치 감소 {value}</translation>
    </message>
    <message>
        <source>dropout {value}</source>
        <translation>드롭아웃 {value}</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>배치 정규화 있음</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>배치 정규화 없음</translation>
    </message>
    <message>
        <source>decay {value}</source>
        <translation>감쇠율 {value}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>미니배치 {size}</translation>
    </message>
    <message>
        <source>all images</source>
        <translation>전체 이미지</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>이미지 {count}장</translation>
    </message>
    <message>
        <source>{count} iterations</source>
        <translation>{count}회</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>시드 {seed}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{network}: {count} parameters</source>
        <translation>{network}: 매개변수 {count}개</translation>
    </message>
</context>
<context>
    <name>ReadingBarsWidget</name>
    <message>
        <source>The probability of each class; the darker bar is the network&apos;s answer</source>
        <translation>각 클래스의 확률입니다. 진한 막대가 신경망의 답입니다</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Activation of each hidden unit; green: the units that pushed hardest towards the answer (outlined in the weights view too)</source>
        <translation>은닉층 각 뉴런의 활성화 값입니다. 초록색: 답에 가장 크게 기여한 뉴런(가중치 보기에서도 테두리로 표시)</translation>
    </message>
    <message>
        <source>Hidden unit activations</source>
        <translation>은닉층 활성화 값</translation>
    </message>
    <message>
        <source>probabilities</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>hidden units z{layer}</source>
        <translation>은닉층 z{layer}</translation>
    </message>
</context>
<context>
    <name>RegularisationSettingsWidget</name>
    <message>
        <source>Regularisation</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>가중치 감소</translation>
    </message>
    <message>
        <source>L2 weight decay lambda: the loss gains 0.5 * lambda * sum(W**2) for every layer (the book&apos;s overfitting experiment uses 0.1); 0 is off</source>
        <translation>L2 가중치 감소의 λ: 층마다 손실 함수에 0.5 * lambda * sum(W**2)를 더합니다 (책의 오버피팅 실험은 0.1). 0이면 끔</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>Share of hidden units dropped at random in each training iteration (the book tries 0.2); 0 is off</source>
        <translation>학습의 각 갱신에서 은닉층 뉴런을 무작위로 삭제하는 비율 (책은 0.2). 0이면 끔</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Normalise every hidden layer&apos;s input over the batch (with a learnt scale and shift) after its Affine layer</source>
        <translation>각 은닉층의 Affine 계층 뒤에서 미니배치 단위로 입력을 정규화합니다 (스케일과 이동도 학습)</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>the training process could not be started</source>
        <translation>학습 프로세스를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>This run will not be saved in {folder}: {error}</source>
        <translation>이 학습은 {folder}에 저장되지 않습니다: {error}</translation>
    </message>
    <message>
        <source>Could not save the run in {folder}: {error}</source>
        <translation>학습 기록을 {folder}에 저장하지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>Paused: diverged</source>
        <translation>일시 정지: 발산</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Phase of the run</source>
        <translation>학습 상태</translation>
    </message>
    <message>
        <source>Iterations done</source>
        <translation>완료한 반복 횟수</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Train and test accuracy</source>
        <translation>훈련 데이터와 시험 데이터 정확도</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>학습 시간</translation>
    </message>
    <message>
        <source>train / test acc -</source>
        <translation>정확도 훈련 / 시험 -</translation>
    </message>
    <message>
        <source>train / test acc {train} / {test}</source>
        <translation>정확도 훈련 / 시험 {train} / {test}</translation>
    </message>
    <message>
        <source>{rate} it/s</source>
        <translation>{rate}회/초</translation>
    </message>
    <message>
        <source>elapsed {elapsed}, ETA {eta}</source>
        <translation>경과 {elapsed}, 남은 시간 {eta}</translation>
    </message>
    <message>
        <source>trained {elapsed}</source>
        <translation>학습 시간 {elapsed}</translation>
    </message>
    <message>
        <source>iteration {done} / {total}</source>
        <translation>반복 {done} / {total}</translation>
    </message>
    <message>
        <source>epoch -</source>
        <translation>에폭 -</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>에폭 {epoch}</translation>
    </message>
    <message>
        <source>loss -</source>
        <translation>손실 -</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>손실 {loss}</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>it is a symbolic link, not a file</source>
        <translation>파일이 아니라 심볼릭 링크입니다</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>it cannot be opened ({reason})</source>
        <translation>열 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>it is larger than {size} bytes</source>
        <translation>{size}바이트보다 큽니다</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>it is {problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation>JSON 객체가 없습니다</translation>
    </message>
    <message>
        <source>the file is damaged or was not written by MNIST Trainer; delete the run or the file</source>
        <translation>파일이 손상되었거나 MNIST Trainer가 쓴 파일이 아닙니다. 이 학습이나 파일을 삭제하세요</translation>
    </message>
    <message>
        <source>the program that wrote this run stopped before the run ended (it was killed or crashed); the files keep what was saved until then</source>
        <translation>이 학습을 기록하던 프로그램이 학습이 끝나기 전에 멈췄습니다(강제 종료 또는 충돌). 파일에는 그때까지 저장된 내용이 남아 있습니다</translation>
    </message>
    <message>
        <source>run.json is missing: the run stopped before it saved its settings; delete it</source>
        <translation>run.json이 없습니다. 설정을 저장하기 전에 학습이 멈췄습니다. 이 학습을 삭제하세요</translation>
    </message>
    <message>
        <source>run.json cannot be read: {problem}; {fix}</source>
        <translation>run.json을 읽을 수 없습니다: {problem}. {fix}</translation>
    </message>
    <message>
        <source>the folder cannot be read ({reason}); check its permissions</source>
        <translation>폴더를 읽을 수 없습니다({reason}). 권한을 확인하세요</translation>
    </message>
    <message>
        <source>{path}: no such file; this folder is not a run</source>
        <translation>{path}: 파일이 없습니다. 이 폴더는 학습 기록이 아닙니다</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}; {fix}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {problem}. {fix}</translation>
    </message>
    <message>
        <source>{path}: the first line is not {header}; {fix}</source>
        <translation>{path}: 첫 줄이 {header}이(가) 아닙니다. {fix}</translation>
    </message>
    <message>
        <source>{path}: line {line} is not &apos;iteration,loss&apos; ({row}); {fix}</source>
        <translation>{path}: {line}번째 줄이 &apos;iteration,loss&apos; 형식이 아닙니다({row}). {fix}</translation>
    </message>
    <message>
        <source>{path}: a row is malformed ({problem}); {fix}</source>
        <translation>{path}: 형식이 잘못된 줄이 있습니다({problem}). {fix}</translation>
    </message>
    <message>
        <source>cannot rename {name}: the name is empty; type a name</source>
        <translation>{name}의 이름을 바꿀 수 없습니다: 이름이 비어 있습니다. 이름을 입력하세요</translation>
    </message>
    <message>
        <source>cannot rename {name}: the name holds a line break or another control character; type it on one line</source>
        <translation>{name}의 이름을 바꿀 수 없습니다: 이름에 줄바꿈 같은 제어 문자가 있습니다. 한 줄로 입력하세요</translation>
    </message>
    <message>
        <source>will not delete {path}: it no longer exists; refresh</source>
        <translation>{path}은(는) 삭제하지 않습니다: 이미 없습니다. 새로 고치세요</translation>
    </message>
    <message>
        <source>will not delete {path}: it is not a run folder (a link or a file)</source>
        <translation>{path}은(는) 삭제하지 않습니다: 학습 폴더가 아닙니다(링크나 파일입니다)</translation>
    </message>
    <message>
        <source>will not delete {path}: hidden folders are not runs</source>
        <translation>{path}은(는) 삭제하지 않습니다: 숨김 폴더는 학습 기록이 아닙니다</translation>
    </message>
    <message>
        <source>will not delete {path}: it is not a run inside {root}</source>
        <translation>{path}은(는) 삭제하지 않습니다: {root} 안의 학습이 아닙니다</translation>
    </message>
    <message>
        <source>will not delete {path}: it is not a run folder (no {file}, and files MNIST Trainer did not write)</source>
        <translation>{path}은(는) 삭제하지 않습니다: 학습 폴더가 아닙니다({file}이(가) 없고 MNIST Trainer가 쓰지 않은 파일이 있습니다)</translation>
    </message>
    <message>
        <source>will not delete {path}: process {pid} on this computer is still writing it; stop that run first</source>
        <translation>{path}은(는) 삭제하지 않습니다: 이 컴퓨터의 프로세스 {pid}이(가) 아직 쓰고 있습니다. 먼저 그 학습을 멈추세요</translation>
    </message>
    <message>
        <source>will not delete {path}: the folder cannot be read ({reason}); check its permissions</source>
        <translation>{path}은(는) 삭제하지 않습니다: 폴더를 읽을 수 없습니다({reason}). 권한을 확인하세요</translation>
    </message>
    <message>
        <source>cannot delete {path}: moving it into {trash} failed ({reason}); nothing was deleted; check that you may write to {root}</source>
        <translation>{path}을(를) 삭제할 수 없습니다: {trash}(으)로 옮기지 못했습니다({reason}). 아무것도 삭제하지 않았습니다. {root}에 쓸 수 있는지 확인하세요</translation>
    </message>
    <message>
        <source>the trash is not a folder</source>
        <translation>휴지통이 폴더가 아닙니다</translation>
    </message>
</context>
<context>
    <name>RunsWidget</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <source>Test acc</source>
        <translation>시험 정확도</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>불완전</translation>
    </message>
    <message>
        <source>No runs folder chosen yet.</source>
        <translation>아직 기록 폴더를 고르지 않았습니다.</translation>
    </message>
    <message>
        <source>{folder} does not exist yet: runs appear here once one is saved.</source>
        <translation>{folder}이(가) 아직 없습니다. 학습을 저장하면 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose a folder for runs (File &gt; Runs folder…).</source>
        <translation>{folder}은(는) 폴더가 아니라 파일입니다. 기록 폴더를 고르세요(파일 &gt; 기록 폴더…).</translation>
    </message>
    <message>
        <source>{folder} cannot be read ({reason}): check its permissions.</source>
        <translation>{folder}을(를) 읽을 수 없습니다 ({reason}). 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>No runs in {folder} yet: train a network and its run appears here.</source>
        <translation>{folder}에 아직 학습이 없습니다. 신경망을 학습시키면 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Delete 1 run? This cannot be undone.</source>
        <translation>학습 1개를 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete {count} runs? This cannot be undone.</source>
        <translation>학습 {count}개를 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} ({status}): {problem}</source>
        <translation>{name} ({status}): {problem}</translation>
    </message>
    <message>
        <source>{name} is not overlaid: {reason}</source>
        <translation>{name}은(는) 겹쳐 그릴 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The saved runs; select some to draw their curves over the plots. Enter opens, F2 renames, Delete deletes, F5 refreshes; right-click or the Menu key for more</source>
        <translation>저장된 학습 목록. 선택하면 곡선을 그래프에 겹쳐 그립니다. Enter 열기, F2 이름 바꾸기, Delete 삭제, F5 새로 고침. 오른쪽 클릭이나 메뉴 키로 다른 작업</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>저장된 학습</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Open the run&apos;s model: see it, read digits, or continue it (Enter)</source>
        <translation>이 학습의 모델 열기: 살펴보기, 숫자 읽히기, 이어서 학습 (Enter)</translation>
    </message>
    <message>
        <source>Select race</source>
        <translation>레이스 선택</translation>
    </message>
    <message>
        <source>Select every contestant of the selected run&apos;s race, to draw them all over the plots</source>
        <translation>선택한 학습이 참가한 레이스의 모든 참가자를 선택해 그래프에 겹쳐 그립니다</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>List the runs folder again (F5)</source>
        <translation>기록 폴더를 다시 읽기 (F5)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Rename the selected run (F2)</source>
        <translation>선택한 학습의 이름 바꾸기 (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the selected runs, after asking (Delete)</source>
        <translation>확인 후 선택한 학습을 삭제 (Delete)</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>학습 삭제</translation>
    </message>
    <message>
        <source>(no runs folder)</source>
        <translation>(기록 폴더 없음)</translation>
    </message>
    <message>
        <source>Runs folder: {folder}</source>
        <translation>기록 폴더: {folder}</translation>
    </message>
    <message>
        <source>Select exactly one run to rename.</source>
        <translation>이름을 바꿀 학습을 하나만 선택하세요.</translation>
    </message>
    <message>
        <source>Could not rename {name}: {problem}</source>
        <translation>{name}의 이름을 바꿀 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Could not delete {name}: {problem}</source>
        <translation>{name}을(를) 삭제할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>학습 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>{name} has no saved model ({file} is missing).</source>
        <translation>{name}에는 저장된 모델이 없습니다 ({file} 없음).</translation>
    </message>
    <message>
        <source>Reading the selected runs…</source>
        <translation>선택한 학습을 읽는 중…</translation>
    </message>
</context>
<context>
    <name>SaveDigitWidget</name>
    <message>
        <source>The digit you drew: its true label (type 0 to 9)</source>
        <translation>그린 숫자의 정답 레이블(0~9 입력)</translation>
    </message>
    <message>
        <source>True label of the drawing</source>
        <translation>그린 숫자의 정답 레이블</translation>
    </message>
    <message>
        <source>Save to my digits</source>
        <translation>내 숫자에 저장</translation>
    </message>
    <message>
        <source>Add what the network sees, with this label, to My digits: your own test set, that every model is scored on</source>
        <translation>신경망이 보는 이미지를 이 레이블과 함께 내 숫자에 추가합니다. 모든 모델을 평가하는 나만의 시험 데이터입니다</translation>
    </message>
    <message>
        <source>Nothing to save: draw a digit first.</source>
        <translation>저장할 것이 없습니다. 먼저 숫자를 그리세요.</translation>
    </message>
    <message>
        <source>Could not save the drawing: {error}</source>
        <translation>숫자를 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Saved as a {label} to My digits (drawings: {count}).</source>
        <translation>{label}(으)로 내 숫자에 저장했습니다(숫자: {count}).</translation>
    </message>
</context>
<context>
    <name>ScheduleSettingsWidget</name>
    <message>
        <source>Data and schedule</source>
        <translation>데이터와 학습 일정</translation>
    </message>
    <message>
        <source>All ({count})</source>
        <translation>전체 ({count})</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>훈련 데이터 수</translation>
    </message>
    <message>
        <source>Train on the first N training images (the book&apos;s overfitting experiment uses 300), or all of them</source>
        <translation>훈련 데이터의 처음 N장으로 학습합니다 (책의 오버피팅 실험은 300). 또는 전체</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>추출 방식</translation>
    </message>
    <message>
        <source>How mini-batches are drawn: uniformly with replacement, as the book does, or by walking a fresh shuffle of the images each epoch (each image once per epoch)</source>
        <translation>미니배치를 고르는 방식: 책처럼 복원 추출로 고르게 무작위로 뽑거나, 에폭마다 이미지를 새로 섞어 차례로 사용 (1에폭에 각 이미지를 한 번씩)</translation>
    </message>
    <message>
        <source>random (book)</source>
        <translation>무작위 (책)</translation>
    </message>
    <message>
        <source>shuffled epochs</source>
        <translation>에폭마다 섞기</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>미니배치 크기</translation>
    </message>
    <message>
        <source>Training images per iteration (at most the {count} of the training set)</source>
        <translation>한 번 갱신에 쓰는 훈련 데이터 수 (최대 훈련 데이터의 {count}장)</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>Number of iterations (parameter updates)</source>
        <translation>반복 횟수 (매개변수 갱신 횟수)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Same seed, same run, bit for bit: it seeds the initial weights, the mini-batches and the dropout masks</source>
        <translation>시드가 같으면 학습이 비트 단위까지 같습니다. 가중치 초깃값, 미니배치, 드롭아웃 마스크를 정합니다</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>오차역전파법</translation>
    </message>
    <message>
        <source>numerical (slow)</source>
        <translation>수치 미분 (느림)</translation>
    </message>
    <message>
        <source>How the gradient is computed: backpropagation, or the book&apos;s numerical central differences (vectorised, still ~15x slower). Same curves, different speed.</source>
        <translation>기울기를 구하는 방법: 오차역전파법, 또는 책의 수치 미분 (중심 차분. 벡터화해도 약 15배 느림). 곡선은 같고 속도만 다릅니다.</translation>
    </message>
    <message>
        <source>The numerical gradient is offered for the book&apos;s two-layer sigmoid network only (one hidden layer, sigmoid, a std init, no weight decay, dropout or batch norm).</source>
        <translation>수치 미분은 책의 2층 신경망에서만 쓸 수 있습니다 (은닉층 1개, 시그모이드, 표준편차 초깃값, 가중치 감소·드롭아웃·배치 정규화 없음).</translation>
    </message>
    <message>
        <source>{per_epoch} iterations per epoch; {epochs} epochs in all</source>
        <translation>1에폭당 {per_epoch}회, 전체 {epochs}에폭</translation>
    </message>
</context>
<context>
    <name>SearchViewWidget</name>
    <message>
        <source>rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>val acc</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>가중치 감소</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>The best trials so far, by their final validation accuracy</source>
        <translation>지금까지 가장 좋은 시도(마지막 검증 데이터 정확도 순)</translation>
    </message>
    <message>
        <source>Best trials</source>
        <translation>최고의 시도</translation>
    </message>
    <message>
        <source>Each trial&apos;s learning rate across and weight decay up, coloured by its validation accuracy</source>
        <translation>시도마다 학습률(가로)과 가중치 감소(세로), 색은 검증 데이터 정확도</translation>
    </message>
    <message>
        <source>Search scatter</source>
        <translation>탐색 산점도</translation>
    </message>
    <message>
        <source>Train accuracy per epoch for each initial weight scale: solid with batch norm, dashed without</source>
        <translation>가중치 초깃값의 크기별 에폭별 훈련 데이터 정확도: 실선은 배치 정규화 있음, 점선은 없음</translation>
    </message>
    <message>
        <source>Batch norm grid</source>
        <translation>배치 정규화 격자</translation>
    </message>
    <message>
        <source>Hyperparameter search: {done} of {planned} trials finished; best val acc {accuracy} (lr {lr}, weight decay {decay}).</source>
        <translation>하이퍼파라미터 탐색: 시도 {planned}회 중 {done}회 완료. 최고 검증 정확도 {accuracy}(학습률 {lr}, 가중치 감소 {decay}).</translation>
    </message>
    <message>
        <source>Hyperparameter search: {done} of {planned} trials finished.</source>
        <translation>하이퍼파라미터 탐색: 시도 {planned}회 중 {done}회 완료.</translation>
    </message>
    <message>
        <source>Batch norm: {done} of {total} trainings finished.</source>
        <translation>배치 정규화: 학습 {total}회 중 {done}회 완료.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>아직 결과가 없습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsMessages</name>
    <message>
        <source>{low} to {high}</source>
        <translation>{low}~{high}</translation>
    </message>
    <message>
        <source>write {count} sizes of {size} separated by commas, e.g. 100, 100</source>
        <translation>{size} 사이의 크기를 {count}개, 쉼표로 구분해 쓰세요 (예: 100, 100)</translation>
    </message>
    <message>
        <source>Hidden layers: {help}</source>
        <translation>은닉층: {help}</translation>
    </message>
    <message>
        <source>batch_size {batch} is larger than the training set ({images} images); choose at most {images}</source>
        <translation>미니배치 크기 {batch}이(가) 훈련 데이터({images}장)보다 큽니다. {images} 이하로 하세요</translation>
    </message>
    <message>
        <source>the numerical gradient is offered for the book&apos;s two-layer sigmoid network only (one hidden layer, no weight decay, dropout or batch norm): on a deeper network it would take hours; use backprop</source>
        <translation>수치 미분은 책의 2층 신경망(은닉층 1개, 시그모이드, 가중치 감소·드롭아웃·배치 정규화 없음)에서만 쓸 수 있습니다. 깊은 신경망에서는 몇 시간이 걸리니 오차역전파법을 쓰세요</translation>
    </message>
    <message>
        <source>{setting} must be from {range}, got {value}</source>
        <translation>{setting}은(는) {range} 범위여야 합니다 (현재: {value})</translation>
    </message>
</context>
<context>
    <name>SpecialFigures</name>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Batch Normalization</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Normal(without BatchNorm)</source>
        <translation>일반(배치 정규화 없음)</translation>
    </message>
    <message>
        <source>Best-{rank}(val acc:{accuracy})</source>
        <translation>{rank}위(검증 정확도:{accuracy})</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>가중치 감소</translation>
    </message>
    <message>
        <source>{count} trials: validation accuracy</source>
        <translation>{count}회 시도: 검증 데이터 정확도</translation>
    </message>
    <message>
        <source>val acc</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>시그모이드</translation>
    </message>
    <message>
        <source>std={std}</source>
        <translation>표준편차={std}</translation>
    </message>
    <message>
        <source>{activation}, {scale}</source>
        <translation>{activation}, {scale}</translation>
    </message>
    <message>
        <source>{layer}-layer</source>
        <translation>{layer}층</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어 / Language(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the window</source>
        <translation>창의 표시 언어</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>테마(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark scheme</source>
        <translation>시스템의 라이트/다크 설정을 따릅니다</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>라이트(&amp;L)</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>밝은 배경에 어두운 글자</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>다크(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>어두운 배경에 밝은 글자</translation>
    </message>
    <message>
        <source>Lar&amp;ger text</source>
        <translation>글자 크게(&amp;G)</translation>
    </message>
    <message>
        <source>Larger text and lines, for a projector</source>
        <translation>글자와 선을 크게 합니다(프로젝터용)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>글자 작게(&amp;M)</translation>
    </message>
    <message>
        <source>Smaller text and lines</source>
        <translation>글자와 선을 작게 합니다</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>기본 크기(&amp;N)</translation>
    </message>
    <message>
        <source>Text and lines at their normal size</source>
        <translation>글자와 선을 기본 크기로 되돌립니다</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>배치 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it was at the first launch</source>
        <translation>모든 패널을 처음 실행했을 때의 위치로 되돌립니다</translation>
    </message>
    <message>
        <source>Language not available</source>
        <translation>이 언어를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>The {language} translation is missing from this installation; the window stays in the current language.</source>
        <translation>이 설치에는 {language} 번역이 없습니다. 현재 언어를 유지합니다.</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>axis</source>
        <translation>축</translation>
    </message>
    <message>
        <source>ViewBox options</source>
        <translation>뷰 옵션</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>마우스 모드</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>3버튼</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>1버튼</translation>
    </message>
</context>
<context>
    <name>WeightsHistoryBar</name>
    <message>
        <source>live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>학습 전</translation>
    </message>
    <message>
        <source>iteration {iteration}</source>
        <translation>반복 {iteration}회</translation>
    </message>
    <message>
        <source>epoch {epoch} (iteration {iteration})</source>
        <translation>에폭 {epoch} (반복 {iteration}회)</translation>
    </message>
    <message>
        <source>Play the weights from the untrained ones to the latest</source>
        <translation>학습 전부터 최신까지 가중치를 재생합니다</translation>
    </message>
    <message>
        <source>Play the weights&apos; history</source>
        <translation>가중치 기록 재생</translation>
    </message>
    <message>
        <source>The weights at the start and after each epoch; right end: live</source>
        <translation>처음과 각 에폭 뒤의 가중치. 오른쪽 끝: 실시간</translation>
    </message>
    <message>
        <source>Weights&apos; history</source>
        <translation>가중치 기록</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save the history as an animated GIF or PNG frames</source>
        <translation>기록을 애니메이션 GIF나 PNG 프레임으로 저장합니다</translation>
    </message>
    <message>
        <source>Export the weights&apos; history</source>
        <translation>가중치 기록 내보내기</translation>
    </message>
    <message>
        <source>Weights shown</source>
        <translation>표시 중인 가중치</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>live; snapshots: {count}</source>
        <translation>실시간. 스냅숏: {count}</translation>
    </message>
    <message>
        <source>snapshot {index} of {count}</source>
        <translation>스냅숏 {index} / {count}</translation>
    </message>
</context>
<context>
    <name>WeightsWidget</name>
    <message>
        <source>hover a tile to see its unit</source>
        <translation>타일에 마우스를 올리면 뉴런이 보입니다</translation>
    </message>
    <message>
        <source>hover a cell to see its weight</source>
        <translation>셀에 마우스를 올리면 가중치가 보입니다</translation>
    </message>
    <message>
        <source>Hover a tile, or use the arrow keys, to see its hidden unit</source>
        <translation>타일에 마우스를 올리거나 화살표 키로 고르면 은닉층 뉴런이 보입니다</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>1층 가중치</translation>
    </message>
    <message>
        <source>The colour of each weight value</source>
        <translation>가중치 값과 색의 대응</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>색상 척도</translation>
    </message>
    <message>
        <source>Weight under the mouse</source>
        <translation>마우스 위치의 가중치</translation>
    </message>
    <message>
        <source>Weights shown</source>
        <translation>표시 중인 가중치</translation>
    </message>
    <message>
        <source>hidden unit {unit} — weights from {low} to {high}</source>
        <translation>은닉층 뉴런 {unit} — 가중치 {low} ~ {high}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Experiments</source>
        <translation>실험(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Start / &amp;Pause</source>
        <translation>시작 / 일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Start a run, or pause and resume it</source>
        <translation>학습을 시작하거나 일시 정지·재개합니다</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>한 단계(&amp;S)</translation>
    </message>
    <message>
        <source>Train one iteration, then pause</source>
        <translation>한 번만 갱신하고 일시 정지합니다</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the run; Start continues it</source>
        <translation>학습을 중지합니다(시작하면 이어서)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the run and start afresh</source>
        <translation>학습을 버리고 처음부터 시작합니다</translation>
    </message>
    <message>
        <source>Restore the &amp;book&apos;s settings</source>
        <translation>책의 설정으로 되돌리기(&amp;B)</translation>
    </message>
    <message>
        <source>Put every setting back to the book&apos;s values</source>
        <translation>모든 설정을 책의 값으로 되돌립니다</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>모델 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved model to read or train on</source>
        <translation>저장한 모델을 열어 인식하거나 이어서 학습합니다</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>모델 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the network and its training</source>
        <translation>신경망과 학습 상태를 저장합니다</translation>
    </message>
    <message>
        <source>Runs &amp;folder…</source>
        <translation>기록 폴더(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose where finished runs are saved</source>
        <translation>끝난 학습 기록을 저장할 위치를 고릅니다</translation>
    </message>
    <message>
        <source>&amp;Export metrics as CSV…</source>
        <translation>지표를 CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Every iteration&apos;s loss and every epoch&apos;s accuracy, as CSV</source>
        <translation>반복별 손실과 에폭별 정확도를 CSV로 내보냅니다</translation>
    </message>
    <message>
        <source>Save &amp;loss plot as PNG…</source>
        <translation>손실 그래프를 PNG로 저장(&amp;L)…</translation>
    </message>
    <message>
        <source>The loss plot as a picture, at twice its size</source>
        <translation>손실 그래프를 두 배 크기의 이미지로 저장합니다</translation>
    </message>
    <message>
        <source>Save &amp;accuracy plot as PNG…</source>
        <translation>정확도 그래프를 PNG로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>The accuracy plot as a picture, at twice its size</source>
        <translation>정확도 그래프를 두 배 크기의 이미지로 저장합니다</translation>
    </message>
    <message>
        <source>Save &amp;weights as PNG…</source>
        <translation>가중치를 PNG로 저장(&amp;W)…</translation>
    </message>
    <message>
        <source>The weights as a picture, at twice their size</source>
        <translation>가중치를 두 배 크기의 이미지로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window (the run is saved)</source>
        <translation>창을 닫습니다(학습은 저장됩니다)</translation>
    </message>
    <message>
        <source>&amp;Fit the loss plot</source>
        <translation>손실 그래프 전체 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole loss curve again</source>
        <translation>손실 곡선 전체를 다시 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>Models (*.npz)</source>
        <translation>모델 (*.npz)</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>{file} 여는 중…</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>모델을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Stop first</source>
        <translation>먼저 중지하세요</translation>
    </message>
    <message>
        <source>Stop the run before opening a model.</source>
        <translation>모델을 열기 전에 학습을 중지하세요.</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>모델을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <source>Saved the model to {file}</source>
        <translation>모델을 {file}에 저장했습니다</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>저장할 것이 없습니다</translation>
    </message>
    <message>
        <source>Train a network first (Start or Step).</source>
        <translation>먼저 신경망을 학습시키세요(‘시작’ 또는 ‘한 단계’).</translation>
    </message>
    <message>
        <source>Wait until it has stopped, then save the model.</source>
        <translation>중지될 때까지 기다린 다음 모델을 저장하세요.</translation>
    </message>
    <message>
        <source>Pause, then save the model.</source>
        <translation>일시 정지한 다음 모델을 저장하세요.</translation>
    </message>
    <message>
        <source>Pause first</source>
        <translation>먼저 일시 정지하세요</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>PNG로 저장</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>지표 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file}을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Could not write the model to {file}: {error}</source>
        <translation>모델을 {file}에 쓰지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not write the picture to {file}: {error}</source>
        <translation>이미지를 {file}에 쓰지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not write the metrics to {file}: {error}</source>
        <translation>지표를 {file}에 쓰지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not write the animation to {file}: {error}</source>
        <translation>애니메이션을 {file}에 쓰지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>{file}에 쓰지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Folder for saved runs</source>
        <translation>학습 기록을 저장할 폴더</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {error}</translation>
    </message>
</context>
<context>
    <name>WindowInside</name>
    <message>
        <source>Nothing on the pad</source>
        <translation>패드에 아무것도 없습니다</translation>
    </message>
    <message>
        <source>Draw a digit (or press Test digit) to walk it through.</source>
        <translation>숫자를 그리거나 ‘시험 이미지’를 누르면 신경망 안을 따라갈 수 있습니다.</translation>
    </message>
    <message>
        <source>No history yet</source>
        <translation>아직 기록이 없습니다</translation>
    </message>
    <message>
        <source>Train a network first: each epoch adds a frame.</source>
        <translation>먼저 신경망을 학습시키세요. 에폭마다 한 프레임씩 늘어납니다.</translation>
    </message>
    <message>
        <source>Export the weights&apos; history</source>
        <translation>가중치 기록 내보내기</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;PNG frames (*.png)</source>
        <translation>애니메이션 GIF (*.gif);;PNG 프레임 (*.png)</translation>
    </message>
</context>
<context>
    <name>WindowRace</name>
    <message>
        <source>The settings need a fix</source>
        <translation>설정을 고쳐야 합니다</translation>
    </message>
    <message>
        <source>{error}. Change it in the Training dock.</source>
        <translation>{error}. ‘학습’ 패널에서 바꾸세요.</translation>
    </message>
    <message>
        <source>Another dataset</source>
        <translation>데이터셋이 다릅니다</translation>
    </message>
    <message>
        <source>This race trains on {dataset}: its contestants must all learn the same images. Choose {dataset} in the Training dock, or clear the race first.</source>
        <translation>이 레이스는 {dataset} 데이터셋으로 학습합니다. 참가자는 모두 같은 이미지를 학습해야 합니다. ‘학습’ 패널에서 {dataset} 데이터셋을 선택하거나, 먼저 참가자를 모두 삭제하세요.</translation>
    </message>
    <message>
        <source>The race is full</source>
        <translation>레이스가 가득 찼습니다</translation>
    </message>
    <message>
        <source>A race has at most 6 contestants.</source>
        <translation>레이스 참가자는 최대 6개입니다.</translation>
    </message>
    <message>
        <source>Cannot start a race now</source>
        <translation>지금은 레이스를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Stop the current run or race, and Reset it, before starting a race.</source>
        <translation>레이스를 시작하기 전에 현재 학습이나 레이스를 중지하고 초기화하세요.</translation>
    </message>
    <message>
        <source>{title} ({script})</source>
        <translation>{title} ({script})</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Cannot start an experiment now</source>
        <translation>지금은 실험을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Stop the current run or race, and Reset it, before starting an experiment.</source>
        <translation>실험을 시작하기 전에 현재 학습이나 레이스를 중지하고 초기화하세요.</translation>
    </message>
    <message>
        <source>An experiment is running</source>
        <translation>실험이 실행 중입니다</translation>
    </message>
    <message>
        <source>Stop it (Shift+F5) first.</source>
        <translation>먼저 중지하세요(Shift+F5).</translation>
    </message>
    <message>
        <source>{title}: training in the background; Stop (Shift+F5) keeps what is done.</source>
        <translation>{title}: 백그라운드에서 학습 중입니다. 중지(Shift+F5)해도 끝난 부분은 남습니다.</translation>
    </message>
    <message>
        <source>{title} failed</source>
        <translation>{title} 실패</translation>
    </message>
    <message>
        <source>The figure was not saved</source>
        <translation>그림이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>The book&apos;s figure of {title}: {file}</source>
        <translation>{title}의 책 그림: {file}</translation>
    </message>
</context>
</TS>
