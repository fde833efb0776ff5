<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>envlens::AboutDialog</name>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="26"/>
        <source>built in (version unknown)</source>
        <translation>포함됨 (버전 알 수 없음)</translation>
    </message>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="28"/>
        <source>not built in</source>
        <translation>포함되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="35"/>
        <source>EnvLens</source>
        <translation>EnvLens</translation>
    </message>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="36"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="36"/>
        <source>built with %1</source>
        <translation>%1로 빌드됨</translation>
    </message>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="38"/>
        <source>yaml-cpp</source>
        <translation>yaml-cpp</translation>
    </message>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="39"/>
        <source>QuaZip</source>
        <translation>QuaZip</translation>
    </message>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="40"/>
        <source>KSyntaxHighlighting</source>
        <translation>KSyntaxHighlighting</translation>
    </message>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="47"/>
        <source>About EnvLens</source>
        <translation>EnvLens 정보</translation>
    </message>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="53"/>
        <source>EnvLens %1</source>
        <translation>EnvLens %1</translation>
    </message>
    <message>
        <location filename="../ui/common/aboutdialog.cpp" line="59"/>
        <source>Inspect and repair the environments of MLflow models: requirements, conda and virtualenv files, Python versions and the code shipped with a model. EnvLens never loads model weights and never runs code from a model.</source>
        <translation>MLflow 모델의 환경을 검사하고 고칩니다: 요구 사항, conda 및 virtualenv 파일, 파이썬 버전, 모델과 함께 배포되는 코드. EnvLens는 모델 가중치를 불러오지 않으며 모델의 코드를 절대 실행하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>envlens::ChangeStyle</name>
    <message>
        <location filename="../ui/compare/changestyle.cpp" line="61"/>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <location filename="../ui/compare/changestyle.cpp" line="63"/>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <location filename="../ui/compare/changestyle.cpp" line="65"/>
        <source>Removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <location filename="../ui/compare/changestyle.cpp" line="67"/>
        <source>Upgraded</source>
        <translation>업그레이드됨</translation>
    </message>
    <message>
        <location filename="../ui/compare/changestyle.cpp" line="69"/>
        <source>Downgraded</source>
        <translation>다운그레이드됨</translation>
    </message>
    <message>
        <location filename="../ui/compare/changestyle.cpp" line="71"/>
        <source>Changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <location filename="../ui/compare/changestyle.cpp" line="73"/>
        <source>Modified</source>
        <translation>수정됨</translation>
    </message>
</context>
<context>
    <name>envlens::CodeView</name>
    <message>
        <location filename="../ui/common/codeview.cpp" line="63"/>
        <source>File contents</source>
        <translation>파일 내용</translation>
    </message>
</context>
<context>
    <name>envlens::CommandLineDialog</name>
    <message>
        <location filename="../ui/edit/commandlinedialog.cpp" line="52"/>
        <source>Save the override list as %1 first:</source>
        <translation>먼저 덮어쓸 목록을 %1(으)로 저장하십시오:</translation>
    </message>
    <message>
        <location filename="../ui/edit/commandlinedialog.cpp" line="65"/>
        <source>Copy as Command</source>
        <translation>명령으로 복사</translation>
    </message>
    <message>
        <location filename="../ui/edit/commandlinedialog.cpp" line="71"/>
        <source>Equivalent commands</source>
        <translation>같은 일을 하는 명령</translation>
    </message>
    <message>
        <location filename="../ui/edit/commandlinedialog.cpp" line="74"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>envlens::ComparePage</name>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="60"/>
        <source>Environment files</source>
        <translation>환경 파일</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="62"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="64"/>
        <source>Other files</source>
        <translation>기타 파일</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="104"/>
        <source>Drop a model folder or zip here to compare it with the old side, or two models to compare them</source>
        <translation>이전 쪽과 비교할 모델 폴더나 zip을 여기에 끌어다 놓거나, 모델 두 개를 놓아 둘을 비교하십시오</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="107"/>
        <source>&amp;Swap Sides</source>
        <translation>양쪽 바꾸기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="118"/>
        <source>&amp;Changes only</source>
        <translation>변경 사항만(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="128"/>
        <source>Compare the other way round: the new side becomes the old side</source>
        <translation>반대 방향으로 비교합니다: 새 버전 쪽이 이전 쪽이 됩니다</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="145"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="148"/>
        <source>As &amp;Markdown…</source>
        <translation>Markdown으로(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="149"/>
        <source>As &amp;HTML…</source>
        <translation>HTML로(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="150"/>
        <source>As &amp;JSON…</source>
        <translation>JSON으로(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="171"/>
        <source>Comparing</source>
        <translation>비교 중</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="178"/>
        <location filename="../ui/compare/comparepage.cpp" line="445"/>
        <source>Packages</source>
        <translation>패키지</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="179"/>
        <location filename="../ui/compare/comparepage.cpp" line="479"/>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="180"/>
        <location filename="../ui/compare/comparepage.cpp" line="523"/>
        <source>Diagnostics</source>
        <translation>진단</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="230"/>
        <source>Search packages</source>
        <translation>패키지 검색</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="256"/>
        <source>Packages of both versions</source>
        <translation>두 버전의 패키지</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="271"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="271"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="274"/>
        <source>Files of both versions</source>
        <translation>두 버전의 파일</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="294"/>
        <source>Finding</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="294"/>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="294"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="295"/>
        <source>Findings of both versions</source>
        <translation>두 버전의 발견 사항</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="305"/>
        <source>%1 ↔ …</source>
        <translation>%1 ↔ …</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="306"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="311"/>
        <source>Old: %1</source>
        <translation>이전: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="313"/>
        <source>New: (drop a model below)</source>
        <translation>새 버전: (아래에 모델을 끌어다 놓으십시오)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="313"/>
        <source>New: %1</source>
        <translation>새 버전: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="345"/>
        <source>Drop the model to compare with on the area above.</source>
        <translation>비교할 모델을 위쪽 영역에 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="350"/>
        <source>Loading %1 and %2…</source>
        <translation>%1 및 %2 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="366"/>
        <source>(the archive root)</source>
        <translation>(압축 파일 최상위)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="367"/>
        <source>Choose a Model</source>
        <translation>모델 선택</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="368"/>
        <source>%1 holds several models. Which one do you want to compare?</source>
        <translation>%1에 모델이 여러 개 있습니다. 어느 모델을 비교하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="371"/>
        <source>No model of %1 was chosen.</source>
        <translation>%1에서 모델을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="380"/>
        <source>EnvLens could not open %1:
%2</source>
        <translation>EnvLens가 %1을(를) 열지 못했습니다:
%2</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="393"/>
        <source>Comparing %1 with %2…</source>
        <translation>%1와(과) %2 비교 중…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="445"/>
        <source>Packages (%1 changed)</source>
        <translation>패키지 (%1개 변경됨)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="479"/>
        <source>Files (%1 changed)</source>
        <translation>파일 (%1개 변경됨)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="491"/>
        <source>Introduced by the new version (%1)</source>
        <translation>새 버전에서 생김 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="493"/>
        <source>Fixed in the new version (%1)</source>
        <translation>새 버전에서 해결됨 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="495"/>
        <source>In both versions (%1)</source>
        <translation>두 버전 모두 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="523"/>
        <source>Diagnostics (+%1 / −%2)</source>
        <translation>진단 (+%1 / −%2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="550"/>
        <source>This file is not shown as text; its content is the same on both sides.</source>
        <translation>이 파일은 텍스트로 표시하지 않습니다. 내용은 양쪽이 같습니다.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="551"/>
        <source>This file is not shown as text; its content differs.</source>
        <translation>이 파일은 텍스트로 표시하지 않습니다. 내용이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="620"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="624"/>
        <source>HTML pages (*.html)</source>
        <translation>HTML 페이지 (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="628"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="635"/>
        <source>Export Comparison</source>
        <translation>비교 결과 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="641"/>
        <source>Cannot Export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="642"/>
        <source>EnvLens could not write %1.</source>
        <translation>EnvLens가 %1을(를) 쓰지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="671"/>
        <source>Compare &amp;With</source>
        <translation>비교 대상(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="674"/>
        <source>Model &amp;Folder…</source>
        <translation>모델 폴더(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="676"/>
        <source>Model &amp;Zip or MLmodel File…</source>
        <translation>모델 Zip 또는 MLmodel 파일(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="678"/>
        <source>Compare the current model with another version of it</source>
        <translation>현재 모델을 그 모델의 다른 버전과 비교합니다</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="685"/>
        <source>Compare With Model Folder</source>
        <translation>모델 폴더와 비교</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="686"/>
        <source>Compare With Model Zip</source>
        <translation>모델 Zip과 비교</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparepage.cpp" line="687"/>
        <source>Model archives (*.zip);;MLmodel files (MLmodel);;All files (*)</source>
        <translation>모델 압축 파일 (*.zip);;MLmodel 파일 (MLmodel);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>envlens::CompareSummary</name>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="76"/>
        <source>Comparing…</source>
        <translation>비교 중…</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="87"/>
        <source>Python (MLmodel)</source>
        <translation>파이썬 (MLmodel)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="88"/>
        <source>Python (python_env.yaml)</source>
        <translation>파이썬 (python_env.yaml)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="89"/>
        <source>Python (conda.yaml)</source>
        <translation>파이썬 (conda.yaml)</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="90"/>
        <source>MLflow</source>
        <translation>MLflow</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="93"/>
        <source>Flavor %1</source>
        <translation>플레이버 %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="93"/>
        <location filename="../ui/compare/comparesummary.cpp" line="94"/>
        <source>present</source>
        <translation>있음</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="108"/>
        <source>The environments are equivalent.</source>
        <translation>두 환경이 동등합니다.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="108"/>
        <source>The environments differ.</source>
        <translation>두 환경이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="127"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="131"/>
        <source>Old</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../ui/compare/comparesummary.cpp" line="131"/>
        <source>New</source>
        <translation>새 버전</translation>
    </message>
</context>
<context>
    <name>envlens::DependencyTreeModel</name>
    <message>
        <location filename="../ui/browse/dependencytreemodel.cpp" line="225"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/browse/dependencytreemodel.cpp" line="226"/>
        <source>Version / spec</source>
        <translation>버전 / 지정자</translation>
    </message>
    <message>
        <location filename="../ui/browse/dependencytreemodel.cpp" line="227"/>
        <source>Marker</source>
        <translation>마커</translation>
    </message>
    <message>
        <location filename="../ui/browse/dependencytreemodel.cpp" line="228"/>
        <source>From</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>envlens::DiagnosticCatalogue</name>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="26"/>
        <source>Zip entry escapes the model root</source>
        <translation>zip 항목이 모델 루트 밖을 가리킴</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="27"/>
        <source>A zip entry name is absolute, has a drive letter or climbs out with &quot;../&quot;. EnvLens ignored it; an unzip tool might write it outside the target folder. Rebuild the archive from the model folder.</source>
        <translation>zip 항목 이름이 절대 경로이거나, 드라이브 문자가 있거나, &quot;../&quot;로 상위 폴더로 올라갑니다. EnvLens는 이 항목을 무시했지만, 압축 해제 도구는 대상 폴더 밖에 쓸 수도 있습니다. 모델 폴더에서 압축 파일을 다시 만드십시오.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="32"/>
        <source>Symlink points outside the model</source>
        <translation>심볼릭 링크가 모델 밖을 가리킴</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="33"/>
        <source>A symbolic link in the model folder points outside the model root and was not followed. Copies and uploads of the model will not carry its target; replace the link by the file.</source>
        <translation>모델 폴더의 심볼릭 링크가 모델 루트 밖을 가리키므로 따라가지 않았습니다. 모델을 복사하거나 업로드하면 링크 대상은 함께 옮겨지지 않습니다. 링크를 실제 파일로 바꾸십시오.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="37"/>
        <source>File too large to read</source>
        <translation>파일이 너무 커서 읽지 않음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="38"/>
        <source>A text file the checks need is larger than the read limit and was not read, so the checks that depend on it did not run.</source>
        <translation>검사에 필요한 텍스트 파일이 읽기 한도보다 커서 읽지 않았습니다. 따라서 이 파일에 의존하는 검사는 실행되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="42"/>
        <source>File is not plain UTF-8</source>
        <translation>파일이 순수 UTF-8이 아님</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="43"/>
        <source>A text file is not valid UTF-8 (it was decoded with replacement characters) or starts with a byte order mark. pip and MLflow may read it differently; save it as UTF-8 without BOM.</source>
        <translation>텍스트 파일이 올바른 UTF-8이 아니거나(대체 문자로 디코딩됨) 바이트 순서 표시(BOM)로 시작합니다. pip와 MLflow가 이 파일을 다르게 읽을 수 있습니다. BOM 없는 UTF-8로 저장하십시오.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="47"/>
        <source>Invalid YAML</source>
        <translation>잘못된 YAML</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="48"/>
        <source>MLmodel, conda.yaml or python_env.yaml cannot be parsed as YAML. MLflow fails when it loads the model. The message gives the parser&apos;s line and column.</source>
        <translation>MLmodel, conda.yaml 또는 python_env.yaml을 YAML로 파싱할 수 없습니다. MLflow는 모델을 불러올 때 실패합니다. 메시지에 파서가 알려 준 줄과 열이 나옵니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="52"/>
        <source>YAML field has the wrong type</source>
        <translation>YAML 필드의 형식이 잘못됨</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="53"/>
        <source>A field MLflow reads has the wrong type, for example an unquoted python: 3.8 in python_env.yaml (read as a number; MLflow raises TypeError), dependencies that are not a list, or env that is neither a string nor a mapping. Quote the value or fix its shape.</source>
        <translation>MLflow가 읽는 필드의 형식이 잘못되었습니다. 예를 들어 python_env.yaml에서 따옴표 없는 python: 3.8(숫자로 읽혀 MLflow가 TypeError를 냄), 목록이 아닌 dependencies, 문자열도 매핑도 아닌 env가 그렇습니다. 값을 따옴표로 감싸거나 구조를 고치십시오.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="58"/>
        <source>Environment file missing</source>
        <translation>환경 파일 없음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="59"/>
        <source>A file MLflow opens to rebuild the environment does not exist: the env file named by the python_function flavor, the -r file of python_env.yaml, or a -r/-c include of requirements.txt. A missing python_env.yaml beside conda.yaml is only a warning: MLflow then rebuilds the environment from conda.yaml.</source>
        <translation>MLflow가 환경을 다시 만들 때 여는 파일이 없습니다: python_function 플레이버가 지정한 환경 파일, python_env.yaml의 -r 파일, 또는 requirements.txt의 -r/-c 포함 파일. conda.yaml이 있는데 python_env.yaml만 없으면 경고일 뿐입니다: 그때 MLflow는 conda.yaml로 환경을 다시 만듭니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="65"/>
        <source>No python_function flavor</source>
        <translation>python_function 플레이버 없음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="66"/>
        <source>MLmodel has no python_function flavor, so the model cannot be loaded with mlflow.pyfunc or served.</source>
        <translation>MLmodel에 python_function 플레이버가 없어 mlflow.pyfunc로 모델을 불러오거나 서빙할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="70"/>
        <source>Flavor artifact missing</source>
        <translation>플레이버 아티팩트 없음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="71"/>
        <source>A path named by a flavor (pickled_model, model_path, data, model_data, python_model, artifacts, the saved input example) does not exist in the model, so loading it fails.</source>
        <translation>플레이버가 지정한 경로(pickled_model, model_path, data, model_data, python_model, artifacts, 저장된 입력 예제)가 모델에 없어 모델을 불러오지 못합니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="75"/>
        <source>Code directory missing</source>
        <translation>코드 디렉터리 없음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="76"/>
        <source>A flavor&apos;s code: entry names a directory that does not exist in the model.</source>
        <translation>플레이버의 code: 항목이 모델에 없는 디렉터리를 지정합니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="79"/>
        <source>code/ directory not referenced</source>
        <translation>code/ 디렉터리를 참조하지 않음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="80"/>
        <source>The model has a code/ directory but no flavor&apos;s code: entry names it, so it is not put on sys.path when the model loads and its modules cannot be imported.</source>
        <translation>모델에 code/ 디렉터리가 있지만 이를 지정하는 플레이버의 code: 항목이 없습니다. 따라서 모델을 불러올 때 sys.path에 추가되지 않아 그 안의 모듈을 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="84"/>
        <source>metadata/ copy differs</source>
        <translation>metadata/ 사본이 다름</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="85"/>
        <source>The model carries a metadata/ copy of its environment files (Databricks Unity Catalog sharing) that differs from the files at the model root. Consumers of either copy get different environments.</source>
        <translation>모델에 환경 파일의 metadata/ 사본(Databricks Unity Catalog 공유용)이 있는데 모델 루트의 파일과 다릅니다. 어느 사본을 쓰느냐에 따라 다른 환경이 만들어집니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="90"/>
        <source>uv.lock present</source>
        <translation>uv.lock 있음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="91"/>
        <source>The model carries uv.lock (MLflow 3.11 and later). Restoring with env_manager=uv installs from it and ignores requirements.txt, so requirement edits do not reach that path.</source>
        <translation>모델에 uv.lock이 있습니다(MLflow 3.11 이상). env_manager=uv로 복원하면 이 파일로 설치하고 requirements.txt는 무시하므로, 요구 사항을 편집해도 이 경로에는 반영되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="96"/>
        <source>Invalid requirement line</source>
        <translation>잘못된 요구 사항 줄</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="97"/>
        <source>A line is neither a valid PEP 508 requirement nor a pip option, path, URL or comment that pip accepts; pip refuses the whole file. A single &quot;=&quot; (conda style, numpy=1.2) is written &quot;==&quot; in pip.</source>
        <translation>올바른 PEP 508 요구 사항도 아니고, pip가 받아들이는 옵션, 경로, URL, 주석도 아닌 줄이 있습니다. pip는 파일 전체를 거부합니다. &quot;=&quot; 하나(conda 방식, numpy=1.2)는 pip에서 &quot;==&quot;로 씁니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="102"/>
        <source>Package required twice</source>
        <translation>패키지를 두 번 요구함</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="103"/>
        <source>One package is required on two or more lines with the same marker. Merge them into one line so an edit of one does not leave the other behind.</source>
        <translation>한 패키지가 같은 마커로 두 줄 이상에서 요구됩니다. 한 줄만 고치고 다른 줄이 남는 일이 없도록 한 줄로 합치십시오.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="107"/>
        <source>Requirements conflict</source>
        <translation>요구 사항 충돌</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="108"/>
        <source>The version specifiers of one package, across requirements.txt, its includes and its constraints, admit no common version, so pip cannot install the environment. Both lines are shown.</source>
        <translation>requirements.txt와 그 포함 파일, 제약 조건에 걸친 한 패키지의 버전 지정자를 모두 만족하는 버전이 없어 pip가 환경을 설치할 수 없습니다. 두 줄을 모두 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="113"/>
        <source>Requirement not pinned</source>
        <translation>버전이 고정되지 않은 요구 사항</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="114"/>
        <source>A requirement has no version specifier, so the environment is not reproducible. It is a warning for mlflow, cloudpickle and the flavor&apos;s own package, whose versions must match the ones the model was saved with.</source>
        <translation>요구 사항에 버전 지정자가 없어 환경을 재현할 수 없습니다. mlflow, cloudpickle, 플레이버 자체 패키지는 모델을 저장할 때의 버전과 맞아야 하므로 경고입니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="119"/>
        <source>Pre-release version required</source>
        <translation>사전 릴리스 버전을 요구함</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="120"/>
        <source>A specifier names a pre-release or development version (for example mlflow==3.5.0rc0), which may be withdrawn or differ from the final release.</source>
        <translation>지정자가 사전 릴리스 또는 개발 버전(예: mlflow==3.5.0rc0)을 지정합니다. 이런 버전은 철회되거나 정식 릴리스와 다를 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="124"/>
        <source>Local version label</source>
        <translation>로컬 버전 레이블</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="125"/>
        <source>A pin carries a local version label (torch==2.1.0+cu118): pip cannot install it from PyPI without an extra index URL.</source>
        <translation>고정된 버전에 로컬 버전 레이블이 있습니다(torch==2.1.0+cu118). 추가 인덱스 URL 없이는 pip가 PyPI에서 설치할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="129"/>
        <source>Requirement is a file path</source>
        <translation>요구 사항이 파일 경로임</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="130"/>
        <source>A requirement is a file path or wheel. A relative path missing from the model is an error; an absolute or remote path (/home/..., dbfs:/...) is a warning because it will not exist where the model is served.</source>
        <translation>요구 사항이 파일 경로나 휠입니다. 모델에 없는 상대 경로는 오류이고, 절대 경로나 원격 경로(/home/..., dbfs:/...)는 모델을 서빙하는 곳에 없을 것이므로 경고입니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="135"/>
        <source>No mlflow requirement</source>
        <translation>mlflow 요구 사항 없음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="136"/>
        <source>The requirements have no mlflow requirement. MLflow inserts one when it logs a model, so its absence means a hand edit; serving needs mlflow installed.</source>
        <translation>요구 사항에 mlflow가 없습니다. MLflow는 모델을 기록할 때 mlflow를 넣으므로, 없다면 손으로 편집했다는 뜻입니다. 서빙하려면 mlflow가 설치되어 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="141"/>
        <source>conda.yaml and requirements.txt differ</source>
        <translation>conda.yaml과 requirements.txt가 다름</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="142"/>
        <source>The pip list inside conda.yaml and requirements.txt differ for a package (present on one side only, or a different specifier, marker or extras). conda and virtualenv restores then build different environments.</source>
        <translation>conda.yaml 안의 pip 목록과 requirements.txt에서 어떤 패키지가 다릅니다(한쪽에만 있거나 지정자, 마커, extras가 다름). 그러면 conda 복원과 virtualenv 복원이 서로 다른 환경을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="147"/>
        <source>Python versions disagree</source>
        <translation>파이썬 버전이 서로 다름</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="148"/>
        <source>MLmodel&apos;s python_version, python_env.yaml&apos;s python and conda.yaml&apos;s python= disagree. A different major.minor is an error; only a different micro version is a warning.</source>
        <translation>MLmodel의 python_version, python_env.yaml의 python, conda.yaml의 python=이 서로 다릅니다. major.minor가 다르면 오류이고, micro 버전만 다르면 경고입니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="152"/>
        <source>conda.yaml Python entry unusable</source>
        <translation>conda.yaml의 파이썬 항목을 쓸 수 없음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="153"/>
        <source>conda.yaml&apos;s python entry is missing, unpinned, or uses &lt;, &gt; or !=. Without python_env.yaml MLflow rebuilds the environment from conda.yaml and refuses such an entry.</source>
        <translation>conda.yaml의 python 항목이 없거나, 버전이 고정되지 않았거나, &lt;, &gt;, !=를 씁니다. python_env.yaml이 없으면 MLflow는 conda.yaml로 환경을 다시 만드는데, 이런 항목은 거부합니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="157"/>
        <source>python_env.yaml does not use requirements.txt</source>
        <translation>python_env.yaml이 requirements.txt를 쓰지 않음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="158"/>
        <source>requirements.txt exists but python_env.yaml&apos;s dependencies lack &quot;-r requirements.txt&quot;, so a virtualenv restore skips the requirements.</source>
        <translation>requirements.txt가 있지만 python_env.yaml의 dependencies에 &quot;-r requirements.txt&quot;가 없어 virtualenv 복원이 요구 사항을 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="162"/>
        <source>mlflow requirement does not admit the recorded version</source>
        <translation>mlflow 요구 사항이 기록된 버전을 허용하지 않음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="163"/>
        <source>MLmodel&apos;s mlflow_version is not admitted by the mlflow requirement&apos;s specifier, so the model is served with another MLflow than it was saved with.</source>
        <translation>MLmodel의 mlflow_version을 mlflow 요구 사항의 지정자가 허용하지 않으므로, 모델을 저장할 때와 다른 MLflow로 서빙하게 됩니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="167"/>
        <source>Flavor package does not match the recorded version</source>
        <translation>플레이버 패키지가 기록된 버전과 맞지 않음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="168"/>
        <source>A flavor&apos;s recorded library version (sklearn_version, pytorch_version, ...) is not admitted by the requirement of its package, or the package is not required. Unpickling a model with another library version can fail or change predictions.</source>
        <translation>플레이버에 기록된 라이브러리 버전(sklearn_version, pytorch_version, ...)을 그 패키지의 요구 사항이 허용하지 않거나, 패키지가 요구 사항에 없습니다. 다른 라이브러리 버전으로 모델을 언피클하면 실패하거나 예측이 달라질 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="173"/>
        <source>Package in both conda and pip</source>
        <translation>conda와 pip 양쪽에 있는 패키지</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="174"/>
        <source>A package is both a conda dependency and a pip requirement, and the two specifiers admit no common version or it would be installed twice.</source>
        <translation>한 패키지가 conda 의존성이면서 pip 요구 사항이기도 한데, 두 지정자를 모두 만족하는 버전이 없거나 두 번 설치됩니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="178"/>
        <source>conda-only dependencies</source>
        <translation>conda에만 있는 의존성</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="179"/>
        <source>conda.yaml lists dependencies other than python and pip. virtualenv and uv restores ignore them.</source>
        <translation>conda.yaml에 python과 pip 외의 의존성이 있습니다. virtualenv와 uv 복원은 이를 무시합니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="183"/>
        <source>constraints.txt not used</source>
        <translation>constraints.txt를 쓰지 않음</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="184"/>
        <source>constraints.txt exists but no &quot;-c constraints.txt&quot; line references it, so pip never applies it.</source>
        <translation>constraints.txt가 있지만 이를 가리키는 &quot;-c constraints.txt&quot; 줄이 없어 pip가 적용하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="189"/>
        <source>Import not covered by the requirements</source>
        <translation>요구 사항에 없는 가져오기</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="190"/>
        <source>A Python file under code/ imports a module that is not in the standard library of the model&apos;s Python version, not a module inside code/, and not provided by a requirement or a known dependency of one. Loading the model fails with ModuleNotFoundError.</source>
        <translation>code/ 아래의 파이썬 파일이 모델의 파이썬 버전 표준 라이브러리에도, code/ 안의 모듈에도 없고, 요구 사항이나 그 알려진 의존성도 제공하지 않는 모듈을 가져옵니다. 모델을 불러올 때 ModuleNotFoundError로 실패합니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="195"/>
        <source>code/ module hides a package</source>
        <translation>code/ 모듈이 패키지를 가림</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="196"/>
        <source>A module or package in code/ has the same top-level name as a required package&apos;s import name. code/ is put first on sys.path, so it hides the package.</source>
        <translation>code/ 안의 모듈이나 패키지가 요구 사항 패키지의 가져오기 이름과 같은 최상위 이름을 가집니다. code/는 sys.path 맨 앞에 놓이므로 그 패키지를 가립니다.</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="201"/>
        <source>Locked requirements are stale</source>
        <translation>잠긴 요구 사항이 오래됨</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="202"/>
        <source>requirements.txt has MLflow&apos;s lock layout and a requirement of the original block is missing from, or not admitted by, the locked pins (typically after a hand edit).</source>
        <translation>requirements.txt가 MLflow의 잠금 형식인데, 원래 블록의 요구 사항이 잠긴 고정 버전에 없거나 허용되지 않습니다(대개 손으로 편집한 뒤에 생깁니다).</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="274"/>
        <source>Loading</source>
        <translation>불러오는 중</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="276"/>
        <source>Files and structure</source>
        <translation>파일과 구조</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="278"/>
        <source>Requirements</source>
        <translation>요구 사항</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="280"/>
        <source>Consistency between files</source>
        <translation>파일 간 일관성</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="282"/>
        <source>Code in code/</source>
        <translation>code/의 코드</translation>
    </message>
    <message>
        <location filename="../core/checks/catalogue.cpp" line="284"/>
        <source>Locked requirements</source>
        <translation>잠긴 요구 사항</translation>
    </message>
</context>
<context>
    <name>envlens::DiagnosticsDock</name>
    <message>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="17"/>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="21"/>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="118"/>
        <source>Diagnostics</source>
        <translation>진단</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="43"/>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="44"/>
        <source>Filter diagnostics</source>
        <translation>진단 필터</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="51"/>
        <source>Diagnostics list</source>
        <translation>진단 목록</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="111"/>
        <source>1 error</source>
        <translation>오류 1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="111"/>
        <source>%1 errors</source>
        <translation>오류 %1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="112"/>
        <source>1 warning</source>
        <translation>경고 1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="112"/>
        <source>%1 warnings</source>
        <translation>경고 %1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="113"/>
        <source>1 info</source>
        <translation>정보 1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="113"/>
        <source>%1 infos</source>
        <translation>정보 %1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsdock.cpp" line="117"/>
        <source>Diagnostics (%1)</source>
        <translation>진단 (%1)</translation>
    </message>
</context>
<context>
    <name>envlens::DiagnosticsModel</name>
    <message>
        <location filename="../ui/browse/diagnosticsmodel.cpp" line="40"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsmodel.cpp" line="42"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsmodel.cpp" line="44"/>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsmodel.cpp" line="85"/>
        <source>See %1: %2</source>
        <translation>%1 참조: %2</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsmodel.cpp" line="87"/>
        <source>Fix: %1</source>
        <translation>수정: %1</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsmodel.cpp" line="114"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsmodel.cpp" line="115"/>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsmodel.cpp" line="116"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsmodel.cpp" line="117"/>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../ui/browse/diagnosticsmodel.cpp" line="118"/>
        <source>Fix</source>
        <translation>수정</translation>
    </message>
</context>
<context>
    <name>envlens::DiffText</name>
    <message>
        <location filename="../core/diff/modeldiff.cpp" line="544"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../core/diff/modeldiff.cpp" line="555"/>
        <source>Python %1: pickled objects and compiled wheels may not load on the other version</source>
        <translation>파이썬 %1: pickle된 객체와 컴파일된 휠이 다른 버전에서 불러와지지 않을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../core/diff/modeldiff.cpp" line="563"/>
        <source>serializer %1: the model file is written in another format</source>
        <translation>직렬화 방식 %1: 모델 파일이 다른 형식으로 쓰였습니다</translation>
    </message>
    <message>
        <location filename="../core/diff/modeldiff.cpp" line="568"/>
        <source>cloudpickle %1: objects pickled by one version may not load with the other</source>
        <translation>cloudpickle %1: 한 버전으로 pickle한 객체를 다른 버전으로 불러오지 못할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../core/diff/modeldiff.cpp" line="579"/>
        <source>%1 flavor: %2 %3</source>
        <translation>%1 플레이버: %2 %3</translation>
    </message>
    <message>
        <location filename="../core/diff/modeldiff.cpp" line="587"/>
        <source>numpy %1: pickles that reference numpy._core (numpy 2) do not load with numpy 1, and the reverse needs care</source>
        <translation>numpy %1: numpy._core(numpy 2)를 참조하는 pickle은 numpy 1에서 불러와지지 않으며, 반대 방향도 주의가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/diff/filecompare.cpp" line="34"/>
        <location filename="../core/diff/filecompare.cpp" line="38"/>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../core/diff/filecompare.cpp" line="46"/>
        <source>the zip archive cannot be opened</source>
        <translation>zip 압축 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/diff/filecompare.cpp" line="48"/>
        <source>no such file in the archive</source>
        <translation>압축 파일에 그런 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/diff/filecompare.cpp" line="51"/>
        <source>the zip entry cannot be opened (error %1)</source>
        <translation>zip 항목을 열 수 없습니다 (오류 %1)</translation>
    </message>
    <message>
        <location filename="../core/diff/filecompare.cpp" line="55"/>
        <source>the zip entry is truncated or corrupt (error %1)</source>
        <translation>zip 항목이 잘렸거나 손상되었습니다 (오류 %1)</translation>
    </message>
    <message>
        <location filename="../core/diff/filecompare.cpp" line="63"/>
        <source>the zip entry is corrupt (error %1)</source>
        <translation>zip 항목이 손상되었습니다 (오류 %1)</translation>
    </message>
    <message>
        <location filename="../core/diff/filecompare.cpp" line="119"/>
        <source>not readable (an encrypted entry or a link leaving the model)</source>
        <translation>읽을 수 없음 (암호화된 항목이거나 모델 밖을 가리키는 링크)</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="108"/>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="110"/>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="112"/>
        <source>removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="114"/>
        <source>upgraded</source>
        <translation>업그레이드됨</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="116"/>
        <source>downgraded</source>
        <translation>다운그레이드됨</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="118"/>
        <location filename="../core/diff/diffreport.cpp" line="122"/>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="120"/>
        <source>modified</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="129"/>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="129"/>
        <source>Marker</source>
        <translation>마커</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="129"/>
        <location filename="../core/diff/diffreport.cpp" line="184"/>
        <location filename="../core/diff/diffreport.cpp" line="201"/>
        <location filename="../core/diff/diffreport.cpp" line="208"/>
        <source>Old</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="129"/>
        <location filename="../core/diff/diffreport.cpp" line="184"/>
        <location filename="../core/diff/diffreport.cpp" line="201"/>
        <location filename="../core/diff/diffreport.cpp" line="208"/>
        <source>New</source>
        <translation>새 버전</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="130"/>
        <location filename="../core/diff/diffreport.cpp" line="144"/>
        <location filename="../core/diff/diffreport.cpp" line="192"/>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="144"/>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="144"/>
        <source>Old size</source>
        <translation>이전 크기</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="144"/>
        <source>New size</source>
        <translation>새 크기</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diff/diffreport.cpp" line="157"/>
        <source>… %n more line(s)</source>
        <translation>
            <numerusform>… %n줄 더</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="177"/>
        <source>Requirements</source>
        <translation>요구 사항</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="178"/>
        <source>Constraints</source>
        <translation>제약</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="179"/>
        <source>Locked requirements</source>
        <translation>잠긴 요구 사항</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="183"/>
        <source>Python (%1)</source>
        <translation>파이썬 (%1)</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="184"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="191"/>
        <source>Flavors</source>
        <translation>플레이버</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="192"/>
        <source>Flavor</source>
        <translation>플레이버</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="192"/>
        <source>Details</source>
        <translation>세부 사항</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="201"/>
        <source>Conda channels</source>
        <translation>Conda 채널</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="205"/>
        <source>Conda dependencies</source>
        <translation>Conda 의존성</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="206"/>
        <source>Conda pip list</source>
        <translation>Conda pip 목록</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="208"/>
        <source>Metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="208"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="215"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="216"/>
        <source>Other files</source>
        <translation>기타 파일</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="222"/>
        <source>The environments are equivalent.</source>
        <translation>두 환경이 동등합니다.</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="223"/>
        <source>The environments differ.</source>
        <translation>두 환경이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="314"/>
        <source>old: %1
new: %2
</source>
        <translation>이전: %1
새 버전: %2
</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="317"/>
        <location filename="../core/diff/diffreport.cpp" line="346"/>
        <location filename="../core/diff/diffreport.cpp" line="388"/>
        <source>Serving impact</source>
        <translation>서빙에 미치는 영향</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="341"/>
        <location filename="../core/diff/diffreport.cpp" line="379"/>
        <location filename="../core/diff/diffreport.cpp" line="383"/>
        <source>Model environment diff</source>
        <translation>모델 환경 비교</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="342"/>
        <source>**Old:** %1  
**New:** %2

</source>
        <translation>**이전:** %1  
**새 버전:** %2

</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="384"/>
        <source>Old: %1</source>
        <translation>이전: %1</translation>
    </message>
    <message>
        <location filename="../core/diff/diffreport.cpp" line="385"/>
        <source>New: %1</source>
        <translation>새 버전: %1</translation>
    </message>
</context>
<context>
    <name>envlens::DocumentText</name>
    <message>
        <location filename="../core/documents/yamldocument.cpp" line="100"/>
        <source>alias to an anchor that is not complete (recursive alias)</source>
        <translation>완성되지 않은 앵커를 가리키는 별칭 (재귀 별칭)</translation>
    </message>
    <message>
        <location filename="../core/documents/yamldocument.cpp" line="134"/>
        <source>unterminated quoted scalar (the closing quote is missing)</source>
        <translation>따옴표로 감싼 스칼라가 끝나지 않았습니다 (닫는 따옴표 없음)</translation>
    </message>
    <message>
        <location filename="../core/documents/yamldocument.cpp" line="216"/>
        <location filename="../core/documents/yamltext.cpp" line="219"/>
        <source>too many nodes (alias expansion?): more than %1</source>
        <translation>노드가 너무 많습니다 (별칭 확장?): %1개 초과</translation>
    </message>
    <message>
        <location filename="../core/documents/yamldocument.cpp" line="253"/>
        <location filename="../core/documents/yamltext.cpp" line="216"/>
        <source>nesting too deep (more than %1 levels)</source>
        <translation>중첩이 너무 깊습니다 (%1단계 초과)</translation>
    </message>
    <message>
        <location filename="../core/documents/yamldocument.cpp" line="510"/>
        <source>more than one YAML document in the file (expected a single document)</source>
        <translation>파일에 YAML 문서가 둘 이상 있습니다 (문서 하나여야 함)</translation>
    </message>
    <message>
        <location filename="../core/documents/yamldocument.cpp" line="515"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 구문 오류: %1</translation>
    </message>
    <message>
        <location filename="../core/documents/yamldocument.cpp" line="517"/>
        <source>YAML parser failure: %1</source>
        <translation>YAML 파서 실패: %1</translation>
    </message>
    <message>
        <location filename="../core/documents/yamltext.cpp" line="194"/>
        <source>file too large for YAML (%1 bytes; the limit is %2)</source>
        <translation>YAML로 읽기에는 파일이 너무 큽니다 (%1바이트, 한도 %2)</translation>
    </message>
    <message>
        <location filename="../core/documents/yamltext.cpp" line="201"/>
        <source>binary content (NUL byte); not a YAML text file</source>
        <translation>바이너리 내용(NUL 바이트)이 있어 YAML 텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/documents/yamltext.cpp" line="205"/>
        <source>line %1 is too long (%2 characters; the limit is %3)</source>
        <translation>%1번째 줄이 너무 깁니다 (%2자, 한도 %3)</translation>
    </message>
    <message>
        <location filename="../core/documents/yamlexpect.cpp" line="43"/>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location filename="../core/documents/yamlexpect.cpp" line="45"/>
        <source>a mapping</source>
        <translation>매핑</translation>
    </message>
    <message>
        <location filename="../core/documents/yamlexpect.cpp" line="47"/>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <location filename="../core/documents/yamlexpect.cpp" line="49"/>
        <source>a list of strings</source>
        <translation>문자열 목록</translation>
    </message>
    <message>
        <location filename="../core/documents/yamlexpect.cpp" line="51"/>
        <source>a string or a mapping</source>
        <translation>문자열 또는 매핑</translation>
    </message>
    <message>
        <location filename="../core/documents/yamlexpect.cpp" line="53"/>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../core/documents/yamlexpect.cpp" line="55"/>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <location filename="../core/documents/yamlexpect.cpp" line="79"/>
        <source>%1 should be %2, found %3</source>
        <translation>%1은(는) %2이어야 하지만 %3이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/documents/yamlexpect.cpp" line="111"/>
        <source>%1 is missing (it should be %2)</source>
        <translation>%1이(가) 없습니다 (%2이어야 함)</translation>
    </message>
    <message>
        <location filename="../core/documents/mlmodeldocument.cpp" line="61"/>
        <source>the MLmodel file is empty; it should be a YAML mapping with a flavors key</source>
        <translation>MLmodel 파일이 비어 있습니다. flavors 키가 있는 YAML 매핑이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/documents/mlmodeldocument.cpp" line="62"/>
        <source>the MLmodel file should be a YAML mapping, found %1</source>
        <translation>MLmodel 파일은 YAML 매핑이어야 하지만 %1이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/documents/condaenvdocument.cpp" line="41"/>
        <source>the conda environment file is empty</source>
        <translation>conda 환경 파일이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/documents/condaenvdocument.cpp" line="42"/>
        <source>a conda environment file should be a YAML mapping, found %1</source>
        <translation>conda 환경 파일은 YAML 매핑이어야 하지만 %1이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/documents/pythonenvdocument.cpp" line="33"/>
        <source>the python_env file is empty</source>
        <translation>python_env 파일이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/documents/pythonenvdocument.cpp" line="34"/>
        <source>a python_env file should be a YAML mapping, found %1</source>
        <translation>python_env 파일은 YAML 매핑이어야 하지만 %1이(가) 있습니다</translation>
    </message>
</context>
<context>
    <name>envlens::DropZone</name>
    <message>
        <location filename="../ui/compare/dropzone.cpp" line="20"/>
        <source>Drop zone for a model to compare</source>
        <translation>비교할 모델을 놓는 영역</translation>
    </message>
</context>
<context>
    <name>envlens::EditController</name>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="37"/>
        <source>&lt;opened model&gt;</source>
        <translation>&lt;열린 모델&gt;</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="38"/>
        <source>Undo History</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="45"/>
        <source>&amp;Undo History</source>
        <translation>실행 취소 기록(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="69"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="72"/>
        <source>Review the changes and write them back to the model</source>
        <translation>변경 사항을 검토하고 모델에 다시 씁니다</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="77"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="80"/>
        <source>Write the edited model to a new folder or zip; the original stays as it is</source>
        <translation>편집한 모델을 새 폴더나 zip에 씁니다. 원본은 그대로 둡니다</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="90"/>
        <source>Edit &amp;Requirements</source>
        <translation>요구 사항 편집(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="97"/>
        <source>Apply &amp;Fix</source>
        <translation>수정 적용(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="100"/>
        <source>Apply the fix of the selected diagnostic</source>
        <translation>선택한 진단의 수정을 적용합니다</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="111"/>
        <source>Fix All &amp;Safe Issues</source>
        <translation>안전한 문제 모두 수정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="113"/>
        <source>Apply every fix that needs no review, one undo step each</source>
        <translation>검토가 필요 없는 수정을 모두 적용합니다 (수정마다 실행 취소 단계 하나)</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="123"/>
        <source>Copy as &amp;Command…</source>
        <translation>명령으로 복사(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="125"/>
        <source>Show the envlens-cli and MLflow commands that make the same edits</source>
        <translation>같은 편집을 하는 envlens-cli 명령과 MLflow 명령을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="209"/>
        <source>Fix: %1</source>
        <translation>수정: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="219"/>
        <source>No fix available</source>
        <translation>사용할 수 있는 수정 없음</translation>
    </message>
    <message>
        <location filename="../ui/edit/editcontroller.cpp" line="278"/>
        <source> — unsaved edits</source>
        <translation> — 저장하지 않은 편집</translation>
    </message>
</context>
<context>
    <name>envlens::EditSession</name>
    <message>
        <location filename="../ui/edit/editsession.cpp" line="46"/>
        <source>no model is open</source>
        <translation>열린 모델이 없습니다</translation>
    </message>
</context>
<context>
    <name>envlens::EditText</name>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="187"/>
        <source>not a requirement</source>
        <translation>요구 사항이 아님</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="188"/>
        <location filename="../core/edit/enveditor.cpp" line="434"/>
        <source>invalid requirement &apos;%1&apos;: %2</source>
        <translation>잘못된 요구 사항 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="195"/>
        <source>cannot edit %1: %2</source>
        <translation>%1을(를) 편집할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="311"/>
        <location filename="../core/edit/enveditor.cpp" line="392"/>
        <source>%1:%2: per-line --hash options dropped</source>
        <translation>%1:%2: 줄별 --hash 옵션을 뺐습니다</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="334"/>
        <source>invalid package name &apos;%1&apos;</source>
        <translation>잘못된 패키지 이름 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="374"/>
        <source>%1 is not required: nothing removed</source>
        <translation>%1은(는) 요구 사항에 없습니다: 제거한 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="384"/>
        <location filename="../core/edit/enveditor.cpp" line="708"/>
        <source>%1 is not a file of the model</source>
        <translation>%1은(는) 모델의 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="399"/>
        <location filename="../core/edit/enveditor.cpp" line="418"/>
        <source>no requirement at %1:%2</source>
        <translation>%1:%2에 요구 사항이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="481"/>
        <source>invalid Python version &apos;%1&apos; (expected X.Y or X.Y.Z)</source>
        <translation>잘못된 파이썬 버전 &apos;%1&apos; (X.Y 또는 X.Y.Z 형식이어야 함)</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="528"/>
        <source>the model records no Python version: nothing changed</source>
        <translation>모델에 파이썬 버전이 기록되어 있지 않습니다: 바뀐 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="543"/>
        <source>%1: the pip list is locked; not changed (re-lock the model)</source>
        <translation>%1: pip 목록이 잠겨 있어 바꾸지 않았습니다 (모델을 다시 잠그십시오)</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="552"/>
        <source>%1: no block pip list to follow requirements.txt; not changed</source>
        <translation>%1: requirements.txt를 따를 블록 형식 pip 목록이 없어 바꾸지 않았습니다</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="639"/>
        <source>requirements.txt is locked: the conda pip list is left for the re-lock</source>
        <translation>requirements.txt가 잠겨 있습니다: conda pip 목록은 다시 잠글 때 맞춰집니다</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="657"/>
        <source>the model has no conda environment file</source>
        <translation>모델에 conda 환경 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="670"/>
        <source>the model has no python_env.yaml</source>
        <translation>모델에 python_env.yaml이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="686"/>
        <location filename="../core/edit/enveditor.cpp" line="697"/>
        <source>%1: dependencies is not a block list</source>
        <translation>%1: dependencies가 블록 목록이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="711"/>
        <location filename="../core/edit/enveditor.cpp" line="716"/>
        <source>splice outside the file</source>
        <translation>파일 범위를 벗어난 편집</translation>
    </message>
    <message>
        <location filename="../core/edit/enveditor.cpp" line="748"/>
        <source>the requirements are locked: re-lock the model after this edit</source>
        <translation>요구 사항이 잠겨 있습니다: 이 편집 후 모델을 다시 잠그십시오</translation>
    </message>
    <message>
        <location filename="../core/edit/modelwriter.cpp" line="95"/>
        <source>the model changed on disk since it was read (use --force to write anyway)</source>
        <translation>읽은 뒤 디스크의 모델이 바뀌었습니다 (그래도 쓰려면 --force를 사용하십시오)</translation>
    </message>
    <message>
        <location filename="../core/edit/modelwriter.cpp" line="103"/>
        <location filename="../core/edit/crossformat.cpp" line="43"/>
        <location filename="../core/edit/atomicwriter.cpp" line="274"/>
        <source>%1 already exists</source>
        <translation>%1이(가) 이미 있습니다</translation>
    </message>
    <message>
        <location filename="../core/edit/crossformat.cpp" line="76"/>
        <source>cannot add %1 (zip error %2)</source>
        <translation>%1을(를) 추가할 수 없습니다 (zip 오류 %2)</translation>
    </message>
    <message>
        <location filename="../core/edit/crossformat.cpp" line="79"/>
        <location filename="../core/edit/crossformat.cpp" line="89"/>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/crossformat.cpp" line="83"/>
        <location filename="../core/edit/crossformat.cpp" line="87"/>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/crossformat.cpp" line="95"/>
        <source>cannot write %1 (zip error %2)</source>
        <translation>%1을(를) 쓸 수 없습니다 (zip 오류 %2)</translation>
    </message>
    <message>
        <location filename="../core/edit/crossformat.cpp" line="105"/>
        <source>%1 is a symbolic link; write the model as a folder</source>
        <translation>%1은(는) 심볼릭 링크입니다. 모델을 폴더로 쓰십시오</translation>
    </message>
    <message>
        <location filename="../core/edit/crossformat.cpp" line="140"/>
        <source>cannot read the zip entry (zip error %1)</source>
        <translation>zip 항목을 읽을 수 없습니다 (zip 오류 %1)</translation>
    </message>
    <message>
        <location filename="../core/edit/crossformat.cpp" line="184"/>
        <source>cannot open %1 (zip error %2)</source>
        <translation>%1을(를) 열 수 없습니다 (zip 오류 %2)</translation>
    </message>
    <message>
        <location filename="../core/edit/crossformat.cpp" line="193"/>
        <source>unsafe entry name %1</source>
        <translation>안전하지 않은 항목 이름 %1</translation>
    </message>
    <message>
        <location filename="../core/edit/crossformat.cpp" line="206"/>
        <source>cannot read %1 (zip error %2)</source>
        <translation>%1을(를) 읽을 수 없습니다 (zip 오류 %2)</translation>
    </message>
    <message>
        <location filename="../core/edit/crossformat.cpp" line="257"/>
        <source>cannot create %1 (zip error %2)</source>
        <translation>%1을(를) 만들 수 없습니다 (zip 오류 %2)</translation>
    </message>
    <message>
        <location filename="../core/edit/crossformat.cpp" line="262"/>
        <source>cannot finish %1 (zip error %2)</source>
        <translation>%1 쓰기를 마칠 수 없습니다 (zip 오류 %2)</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="93"/>
        <location filename="../core/edit/ziprewriter.cpp" line="179"/>
        <source>(could not remove %1)</source>
        <translation>(%1을(를) 지우지 못함)</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="114"/>
        <location filename="../core/edit/atomicwriter.cpp" line="343"/>
        <source>Invalid file name in the model: %1</source>
        <translation>모델에 잘못된 파일 이름이 있습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="118"/>
        <location filename="../core/edit/atomicwriter.cpp" line="173"/>
        <location filename="../core/edit/atomicwriter.cpp" line="184"/>
        <location filename="../core/edit/atomicwriter.cpp" line="272"/>
        <location filename="../core/edit/atomicwriter.cpp" line="277"/>
        <location filename="../core/edit/atomicwriter.cpp" line="319"/>
        <location filename="../core/edit/atomicwriter.cpp" line="379"/>
        <location filename="../core/edit/ziprewriter.cpp" line="287"/>
        <location filename="../core/edit/ziprewriter.cpp" line="292"/>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="120"/>
        <source>%1 is not a folder</source>
        <translation>%1은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="175"/>
        <source>%1 is not a regular file</source>
        <translation>%1은(는) 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="191"/>
        <source>Could not create %1: %2</source>
        <translation>%1을(를) 만들지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="197"/>
        <location filename="../core/edit/atomicwriter.cpp" line="250"/>
        <location filename="../core/edit/atomicwriter.cpp" line="323"/>
        <location filename="../core/edit/atomicwriter.cpp" line="328"/>
        <location filename="../core/edit/atomicwriter.cpp" line="334"/>
        <location filename="../core/edit/atomicwriter.cpp" line="351"/>
        <location filename="../core/edit/atomicwriter.cpp" line="356"/>
        <location filename="../core/edit/atomicwriter.cpp" line="360"/>
        <location filename="../core/edit/atomicwriter.cpp" line="363"/>
        <location filename="../core/edit/atomicwriter.cpp" line="366"/>
        <location filename="../core/edit/atomicwriter.cpp" line="369"/>
        <location filename="../core/edit/ziprewriter.cpp" line="231"/>
        <location filename="../core/edit/ziprewriter.cpp" line="333"/>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="209"/>
        <source>Could not keep the original of %1: %2</source>
        <translation>%1의 원본을 보관하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="221"/>
        <source>%1 is kept as %2</source>
        <translation>%1은(는) %2(으)로 보관됩니다</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="229"/>
        <source>(could not restore: %1)</source>
        <translation>(복원하지 못함: %1)</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="234"/>
        <location filename="../core/edit/ziprewriter.cpp" line="226"/>
        <source>Could not replace %1: %2</source>
        <translation>%1을(를) 바꾸지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="259"/>
        <location filename="../core/edit/ziprewriter.cpp" line="266"/>
        <source>Could not remove the temporary file %1</source>
        <translation>임시 파일 %1을(를) 지우지 못했습니다</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="281"/>
        <source>Could not create a temporary folder beside %1: %2</source>
        <translation>%1 옆에 임시 폴더를 만들지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/atomicwriter.cpp" line="387"/>
        <location filename="../core/edit/atomicwriter.cpp" line="400"/>
        <location filename="../core/edit/atomicwriter.cpp" line="402"/>
        <location filename="../core/edit/ziprewriter.cpp" line="217"/>
        <source>Could not back up %1: %2</source>
        <translation>%1을(를) 백업하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/ziprewriter.cpp" line="235"/>
        <source>(the new archive is in place; the original is kept as %1)</source>
        <translation>(새 압축 파일로 바뀌었으며 원본은 %1(으)로 보관됨)</translation>
    </message>
    <message>
        <location filename="../core/edit/ziprewriter.cpp" line="257"/>
        <source>The rename of %1 may not be durable: %2</source>
        <translation>%1의 이름 바꾸기가 디스크에 확실히 기록되지 않았을 수 있습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/ziprewriter.cpp" line="263"/>
        <source>The backup %1 may not be durable: %2</source>
        <translation>백업 %1이(가) 디스크에 확실히 기록되지 않았을 수 있습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/ziprewriter.cpp" line="289"/>
        <source>%1 is not a zip file</source>
        <translation>%1은(는) zip 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/edit/ziprewriter.cpp" line="321"/>
        <source>Invalid zip entry name: %1</source>
        <translation>잘못된 zip 항목 이름: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/ziprewriter.cpp" line="328"/>
        <source>Could not create a temporary file beside %1: %2</source>
        <translation>%1 옆에 임시 파일을 만들지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/commandline.cpp" line="85"/>
        <source>MLflow cannot edit this model: its requirements.txt has a line that is not a plain requirement (a comment, an option, a constraint or a wheel).</source>
        <translation>MLflow로는 이 모델을 편집할 수 없습니다: requirements.txt에 단순 요구 사항이 아닌 줄(주석, 옵션, 제약 또는 휠)이 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/edit/commandline.cpp" line="90"/>
        <source>MLflow cannot edit this model: its conda.yaml pip list has an item that is not a plain requirement (a comment, an option, a constraint or a wheel).</source>
        <translation>MLflow로는 이 모델을 편집할 수 없습니다: conda.yaml의 pip 목록에 단순 요구 사항이 아닌 항목(주석, 옵션, 제약 또는 휠)이 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/edit/commandline.cpp" line="125"/>
        <source>There are no edits to express.</source>
        <translation>명령으로 나타낼 편집이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/edit/commandline.cpp" line="127"/>
        <source>MLflow cannot replace the whole requirement list of a logged model.</source>
        <translation>MLflow로는 기록된 모델의 요구 사항 목록 전체를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/edit/commandline.cpp" line="129"/>
        <source>MLflow has no equivalent of EnvLens fix-its.</source>
        <translation>MLflow에는 EnvLens 수정에 해당하는 기능이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/edit/commandline.cpp" line="131"/>
        <source>MLflow cannot change a logged model&apos;s Python version.</source>
        <translation>MLflow로는 기록된 모델의 파이썬 버전을 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>envlens::FileDiffView</name>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="88"/>
        <source>Old version</source>
        <translation>이전 버전</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="89"/>
        <source>New version</source>
        <translation>새 버전</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="90"/>
        <source>Unified diff</source>
        <translation>통합 diff</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="91"/>
        <source>Next Change</source>
        <translation>다음 변경</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="92"/>
        <source>Previous Change</source>
        <translation>이전 변경</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="93"/>
        <source>Unified View</source>
        <translation>통합 보기</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="112"/>
        <source>Next change (F7)</source>
        <translation>다음 변경 (F7)</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="115"/>
        <source>Previous change (Shift+F7)</source>
        <translation>이전 변경 (Shift+F7)</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="118"/>
        <source>Show one unified diff instead of the two versions side by side</source>
        <translation>두 버전을 나란히 놓는 대신 통합 diff 하나로 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="178"/>
        <source>Select a file to see how it changed.</source>
        <translation>파일을 선택하면 어떻게 바뀌었는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="212"/>
        <source>No changes  </source>
        <translation>변경 없음  </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/filediffview.cpp" line="212"/>
        <source>%n change(s)  </source>
        <translation>
            <numerusform>변경 %n개  </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="219"/>
        <source>Old</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="219"/>
        <source>Old (absent)</source>
        <translation>이전 (없음)</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="220"/>
        <source>New</source>
        <translation>새 버전</translation>
    </message>
    <message>
        <location filename="../ui/compare/filediffview.cpp" line="220"/>
        <source>New (absent)</source>
        <translation>새 버전 (없음)</translation>
    </message>
</context>
<context>
    <name>envlens::FileViewer</name>
    <message>
        <location filename="../ui/common/fileviewer.cpp" line="86"/>
        <source>%1

%2 (%3 bytes)
%4

EnvLens lists this file but never opens or runs it.</source>
        <translation>%1

%2 (%3바이트)
%4

EnvLens는 이 파일을 목록에만 표시하며 열거나 실행하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/common/fileviewer.cpp" line="94"/>
        <source>No file selected</source>
        <translation>선택된 파일 없음</translation>
    </message>
</context>
<context>
    <name>envlens::FindBar</name>
    <message>
        <location filename="../ui/common/findbar.cpp" line="33"/>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <location filename="../ui/common/findbar.cpp" line="39"/>
        <source>Find:</source>
        <translation>찾기:</translation>
    </message>
    <message>
        <location filename="../ui/common/findbar.cpp" line="42"/>
        <source>Text to find</source>
        <translation>찾을 텍스트</translation>
    </message>
    <message>
        <location filename="../ui/common/findbar.cpp" line="43"/>
        <source>Search in this file</source>
        <translation>이 파일에서 검색</translation>
    </message>
    <message>
        <location filename="../ui/common/findbar.cpp" line="45"/>
        <source>Find previous (Shift+F3)</source>
        <translation>이전 찾기 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../ui/common/findbar.cpp" line="46"/>
        <source>Find next (F3)</source>
        <translation>다음 찾기 (F3)</translation>
    </message>
    <message>
        <location filename="../ui/common/findbar.cpp" line="47"/>
        <source>Close the find bar (Esc)</source>
        <translation>찾기 표시줄 닫기 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/common/findbar.cpp" line="117"/>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
</context>
<context>
    <name>envlens::GoToLineBar</name>
    <message>
        <location filename="../ui/common/findbar.cpp" line="143"/>
        <source>Go to line:</source>
        <translation>줄로 이동:</translation>
    </message>
    <message>
        <location filename="../ui/common/findbar.cpp" line="146"/>
        <source>Line number</source>
        <translation>줄 번호</translation>
    </message>
    <message>
        <location filename="../ui/common/findbar.cpp" line="147"/>
        <source>Go to the line</source>
        <translation>해당 줄로 이동</translation>
    </message>
    <message>
        <location filename="../ui/common/findbar.cpp" line="148"/>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/common/findbar.cpp" line="162"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
</context>
<context>
    <name>envlens::ImportTables</name>
    <message>
        <location filename="../core/checks/importtables.cpp" line="33"/>
        <source>cannot read the table: %1</source>
        <translation>표를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/checks/importtables.cpp" line="52"/>
        <source>malformed table line: %1</source>
        <translation>표의 줄 형식이 잘못되었습니다: %1</translation>
    </message>
</context>
<context>
    <name>envlens::MainWindow</name>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="54"/>
        <location filename="../ui/browse/mainwindow.cpp" line="433"/>
        <source>EnvLens</source>
        <translation>EnvLens</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="63"/>
        <source>Open models</source>
        <translation>열린 모델</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="77"/>
        <source>Loading</source>
        <translation>불러오는 중</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="112"/>
        <source>Open &amp;Folder…</source>
        <translation>폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="115"/>
        <source>Open a model folder (or the folder holding an MLmodel file)</source>
        <translation>모델 폴더(또는 MLmodel 파일이 있는 폴더)를 엽니다</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="118"/>
        <source>Open &amp;Zip…</source>
        <translation>Zip 열기(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="121"/>
        <source>Open a zipped model (or an MLmodel file) without extracting it</source>
        <translation>압축된 모델(또는 MLmodel 파일)을 풀지 않고 엽니다</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="124"/>
        <source>&amp;Close Tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="129"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="135"/>
        <source>Open &amp;Example Model</source>
        <translation>예제 모델 열기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="137"/>
        <source>Open a small example model with a few deliberate problems</source>
        <translation>일부러 몇 가지 문제를 넣은 작은 예제 모델을 엽니다</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="140"/>
        <source>Dependency &amp;Tree</source>
        <translation>의존성 트리(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="153"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="156"/>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="164"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="165"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="168"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="174"/>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="181"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="184"/>
        <source>&amp;Diagnostics Panel</source>
        <translation>진단 패널(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="188"/>
        <source>&amp;Toolbar</source>
        <translation>도구 모음(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="193"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="196"/>
        <source>&amp;About EnvLens</source>
        <translation>EnvLens 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="199"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="205"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="209"/>
        <source>System Default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="223"/>
        <source>The new language applies the next time EnvLens starts.</source>
        <translation>새 언어는 EnvLens를 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="246"/>
        <source>&amp;Clear Recent Models</source>
        <translation>최근 모델 목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="317"/>
        <source>Cannot Open the Example</source>
        <translation>예제를 열 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="318"/>
        <source>EnvLens could not copy the example model to %1.</source>
        <translation>EnvLens가 예제 모델을 %1(으)로 복사하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="319"/>
        <source>Check that the folder is writable and the disk is not full.</source>
        <translation>폴더에 쓸 수 있는지, 디스크 공간이 충분한지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="379"/>
        <source>(the archive root)</source>
        <translation>(압축 파일 최상위)</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="381"/>
        <source>Choose a Model</source>
        <translation>모델 선택</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="382"/>
        <source>%1 holds several models. Which one do you want to open?</source>
        <translation>%1에 모델이 여러 개 있습니다. 어느 모델을 여시겠습니까?</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="395"/>
        <source>Cannot Open Model</source>
        <translation>모델을 열 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="395"/>
        <source>EnvLens could not open %1.</source>
        <translation>EnvLens가 %1을(를) 열지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="422"/>
        <location filename="../ui/browse/mainwindow.cpp" line="432"/>
        <location filename="../ui/compare/comparepage.cpp" line="663"/>
        <source>%1 — EnvLens</source>
        <translation>%1 — EnvLens</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="422"/>
        <source>%1[*] — EnvLens</source>
        <translation>%1[*] — EnvLens</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="428"/>
        <source>%1, %2, %3</source>
        <comment>status bar: the error, warning and info counts</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browse/mainwindow.cpp" line="429"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browse/mainwindow.cpp" line="429"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browse/mainwindow.cpp" line="430"/>
        <source>%n info(s)</source>
        <translation>
            <numerusform>정보 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="443"/>
        <source>Open Model Folder</source>
        <translation>모델 폴더 열기</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="451"/>
        <source>Open Model Zip</source>
        <translation>모델 Zip 열기</translation>
    </message>
    <message>
        <location filename="../ui/browse/mainwindow.cpp" line="451"/>
        <source>Model archives (*.zip);;MLmodel files (MLmodel);;All files (*)</source>
        <translation>모델 압축 파일 (*.zip);;MLmodel 파일 (MLmodel);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>envlens::ModelEditor</name>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="56"/>
        <source>Requirements</source>
        <translation>요구 사항</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="109"/>
        <source>Checking the unsaved edits…</source>
        <translation>저장하지 않은 편집을 검사하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="122"/>
        <source>The diagnostics are those from before your edits, without the issues they fix; saving checks the model again.</source>
        <translation>진단은 편집하기 전의 것이며, 편집으로 해결된 문제는 빠져 있습니다. 저장하면 모델을 다시 검사합니다.</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="134"/>
        <source>Diagnostics and statuses reflect your unsaved edits.</source>
        <translation>진단과 상태에 저장하지 않은 편집이 반영되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="135"/>
        <source>The model is checked as it would be once saved; the files on disk have not changed.</source>
        <translation>모델을 저장했을 때의 모습으로 검사합니다. 디스크의 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="143"/>
        <source>Cannot Apply the Fix</source>
        <translation>수정을 적용할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="144"/>
        <source>“%1” no longer applies: %2</source>
        <translation>“%1”은(는) 더 이상 적용할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="151"/>
        <location filename="../ui/edit/modeleditor.cpp" line="180"/>
        <source>Fix %1: %2</source>
        <translation>%1 수정: %2</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="183"/>
        <source>Applied 1 safe fix</source>
        <translation>안전한 수정 1개를 적용했습니다</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="183"/>
        <source>Applied %1 safe fixes</source>
        <translation>안전한 수정 %1개를 적용했습니다</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="194"/>
        <source>Save Model As</source>
        <translation>다른 이름으로 모델 저장</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="194"/>
        <source>Model folder (a name without extension) (*);;Model zip (*.zip)</source>
        <translation>모델 폴더 (확장자 없는 이름) (*);;모델 zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="213"/>
        <location filename="../ui/edit/modeleditor.cpp" line="253"/>
        <source>Cannot Save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="214"/>
        <source>Some requirements are not valid (shown in red). Correct or remove them first.</source>
        <translation>올바르지 않은 요구 사항이 있습니다 (빨간색으로 표시). 먼저 고치거나 제거하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="219"/>
        <source>Nothing to save</source>
        <translation>저장할 내용 없음</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="234"/>
        <source>Model Changed on Disk</source>
        <translation>디스크의 모델이 바뀜</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="235"/>
        <source>%1 changed on disk since EnvLens opened it.

Yes: overwrite it with your changes.
No: save your changes as a new folder or zip, leaving it as it is.
Cancel: do nothing for now.</source>
        <translation>EnvLens가 연 뒤 디스크의 %1이(가) 바뀌었습니다.

예: 변경 사항으로 덮어씁니다.
아니요: 그대로 두고 변경 사항을 새 폴더나 zip으로 저장합니다.
취소: 지금은 아무것도 하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="254"/>
        <source>EnvLens could not save %1. Nothing was changed.</source>
        <translation>EnvLens가 %1을(를) 저장하지 못했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="259"/>
        <source>Saved a copy to %1</source>
        <translation>%1에 사본을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="263"/>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="275"/>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../ui/edit/modeleditor.cpp" line="276"/>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다. 닫기 전에 저장하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>envlens::ModelTab</name>
    <message>
        <location filename="../ui/browse/modeltab.cpp" line="75"/>
        <source>Loading progress</source>
        <translation>불러오기 진행률</translation>
    </message>
    <message>
        <location filename="../ui/browse/modeltab.cpp" line="96"/>
        <location filename="../ui/browse/modeltab.cpp" line="99"/>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <location filename="../ui/browse/modeltab.cpp" line="133"/>
        <source>Opened %1</source>
        <translation>%1 열림</translation>
    </message>
    <message>
        <location filename="../ui/browse/modeltab.cpp" line="147"/>
        <source>What the diagnostics reflect</source>
        <translation>진단에 반영된 내용</translation>
    </message>
    <message>
        <location filename="../ui/browse/modeltab.cpp" line="151"/>
        <source>Filter packages and files</source>
        <translation>패키지와 파일 필터</translation>
    </message>
    <message>
        <location filename="../ui/browse/modeltab.cpp" line="152"/>
        <source>Filter the dependency tree</source>
        <translation>의존성 트리 필터</translation>
    </message>
    <message>
        <location filename="../ui/browse/modeltab.cpp" line="156"/>
        <source>Dependency tree</source>
        <translation>의존성 트리</translation>
    </message>
    <message>
        <location filename="../ui/browse/modeltab.cpp" line="183"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../ui/browse/modeltab.cpp" line="184"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../ui/browse/modeltab.cpp" line="280"/>
        <source>%1 is not part of this model</source>
        <translation>%1은(는) 이 모델에 없습니다</translation>
    </message>
</context>
<context>
    <name>envlens::ModelText</name>
    <message>
        <location filename="../core/model/modelsource.cpp" line="50"/>
        <location filename="../core/model/modelloader.cpp" line="497"/>
        <source>no such file or folder</source>
        <translation>그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/model/modelsource.cpp" line="58"/>
        <source>not a regular file or folder</source>
        <translation>일반 파일이나 폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/model/modelsource.cpp" line="60"/>
        <location filename="../core/model/foldersource.cpp" line="33"/>
        <location filename="../core/model/foldersource.cpp" line="100"/>
        <location filename="../core/model/zipsource.cpp" line="100"/>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/model/modelsource.cpp" line="67"/>
        <source>not a model folder, an MLmodel file or a zip archive</source>
        <translation>모델 폴더, MLmodel 파일, zip 압축 파일 중 어느 것도 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/model/foldersource.cpp" line="50"/>
        <source>the folder holds more than %1 files and folders; open the model folder itself</source>
        <translation>폴더에 파일과 폴더가 %1개보다 많습니다. 모델 폴더 자체를 여십시오</translation>
    </message>
    <message>
        <location filename="../core/model/foldersource.cpp" line="66"/>
        <source>symbolic link to %1 does not resolve; it was not followed</source>
        <translation>%1을(를) 가리키는 심볼릭 링크를 따라갈 수 없어 따라가지 않았습니다</translation>
    </message>
    <message>
        <location filename="../core/model/foldersource.cpp" line="68"/>
        <source>symbolic link points outside the model folder (%1); it was not followed</source>
        <translation>심볼릭 링크가 모델 폴더 밖(%1)을 가리켜 따라가지 않았습니다</translation>
    </message>
    <message>
        <location filename="../core/model/foldersource.cpp" line="95"/>
        <source>no such file in the model</source>
        <translation>모델에 그런 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/model/foldersource.cpp" line="97"/>
        <source>not read: it is not a regular file inside the model folder</source>
        <translation>읽지 않음: 모델 폴더 안의 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/model/foldersource.cpp" line="104"/>
        <location filename="../core/model/zipsource.cpp" line="218"/>
        <source>%1 bytes, over the read limit of %2 bytes</source>
        <translation>%1바이트로 읽기 한도 %2바이트를 넘습니다</translation>
    </message>
    <message>
        <location filename="../core/model/foldersource.cpp" line="109"/>
        <source>over the read limit of %1 bytes</source>
        <translation>읽기 한도 %1바이트를 넘습니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="55"/>
        <source>the file is empty (0 bytes), not a zip archive</source>
        <translation>파일이 비어 있습니다(0바이트). zip 압축 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="57"/>
        <source>not a zip archive (no zip signature at the start)</source>
        <translation>zip 압축 파일이 아닙니다 (시작 부분에 zip 서명이 없음)</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="59"/>
        <source>the zip archive is truncated (%1 bytes)</source>
        <translation>zip 압축 파일이 잘렸습니다 (%1바이트)</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="60"/>
        <location filename="../core/model/zipsource.cpp" line="155"/>
        <source>the zip archive is truncated or corrupt: its central directory cannot be read</source>
        <translation>zip 압축 파일이 잘렸거나 손상되었습니다: 중앙 디렉터리를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="107"/>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="142"/>
        <source>the zip archive is corrupt: its zip64 end record cannot be read</source>
        <translation>zip 압축 파일이 손상되었습니다: zip64 끝 레코드를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="149"/>
        <source>the zip archive is empty (no entries)</source>
        <translation>zip 압축 파일이 비어 있습니다 (항목 없음)</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="151"/>
        <source>the zip archive has %1 entries, more than the limit of %2</source>
        <translation>zip 압축 파일의 항목이 %1개로 한도 %2개를 넘습니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="163"/>
        <location filename="../core/model/zipsource.cpp" line="170"/>
        <source>the zip archive is corrupt: central directory entry %1 cannot be read</source>
        <translation>zip 압축 파일이 손상되었습니다: 중앙 디렉터리 항목 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="183"/>
        <source>zip entry name escapes the model root (absolute, drive letter or &apos;..&apos;); it was ignored</source>
        <translation>zip 항목 이름이 모델 최상위 밖을 가리켜 (절대 경로, 드라이브 문자 또는 &apos;..&apos;) 무시했습니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="212"/>
        <source>no such file in the archive</source>
        <translation>압축 파일에 그런 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="214"/>
        <location filename="../core/model/modelloader.cpp" line="178"/>
        <source>the zip entry is encrypted; EnvLens does not read encrypted archives</source>
        <translation>zip 항목이 암호화되어 있습니다. EnvLens는 암호화된 압축 파일을 읽지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="216"/>
        <source>the zip entry is a symbolic link; it was not followed</source>
        <translation>zip 항목이 심볼릭 링크여서 따라가지 않았습니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="221"/>
        <source>the zip entry uses compression method %1, which EnvLens cannot read (only stored and deflated)</source>
        <translation>zip 항목이 EnvLens가 읽을 수 없는 압축 방식 %1을(를) 사용합니다 (stored와 deflated만 지원)</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="230"/>
        <source>the zip entry cannot be opened: its local header is truncated or corrupt</source>
        <translation>zip 항목을 열 수 없습니다: 로컬 헤더가 잘렸거나 손상되었습니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="235"/>
        <source>the zip entry is truncated: its data runs past the end of the archive</source>
        <translation>zip 항목이 잘렸습니다: 데이터가 압축 파일 끝을 넘어갑니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="240"/>
        <source>the zip entry is corrupt: stored with %1 bytes but declared as %2</source>
        <translation>zip 항목이 손상되었습니다: %1바이트로 저장되었지만 %2(으)로 선언되었습니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="248"/>
        <source>cannot inflate the zip entry (zlib failed to start)</source>
        <translation>zip 항목의 압축을 풀 수 없습니다 (zlib 시작 실패)</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="264"/>
        <source>the zip entry is truncated or corrupt (its compressed data does not inflate)</source>
        <translation>zip 항목이 잘렸거나 손상되었습니다 (압축 데이터를 풀 수 없음)</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="267"/>
        <source>the zip entry is corrupt: it inflates to %1 bytes, not the %2 its header declares</source>
        <translation>zip 항목이 손상되었습니다: 헤더에 선언된 %2바이트가 아니라 %1바이트로 풀립니다</translation>
    </message>
    <message>
        <location filename="../core/model/zipsource.cpp" line="275"/>
        <source>the zip entry is corrupt: its CRC-32 does not match</source>
        <translation>zip 항목이 손상되었습니다: CRC-32가 일치하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/model/modeldiscovery.cpp" line="58"/>
        <source>--model %1: the path escapes the archive or folder</source>
        <translation>--model %1: 경로가 압축 파일이나 폴더 밖을 가리킵니다</translation>
    </message>
    <message>
        <location filename="../core/model/modeldiscovery.cpp" line="63"/>
        <source>no MLmodel file at the top level</source>
        <translation>최상위에 MLmodel 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/model/modeldiscovery.cpp" line="64"/>
        <source>no MLmodel file at %1</source>
        <translation>%1에 MLmodel 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/model/modeldiscovery.cpp" line="70"/>
        <source>the zip archive holds no MLmodel file</source>
        <translation>zip 압축 파일에 MLmodel 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/model/modeldiscovery.cpp" line="71"/>
        <source>no MLmodel file in this folder</source>
        <translation>이 폴더에 MLmodel 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/model/modeldiscovery.cpp" line="77"/>
        <source>holds %1 models; choose one with --model: %2</source>
        <translation>모델이 %1개 있습니다. --model로 하나를 고르십시오: %2</translation>
    </message>
    <message>
        <location filename="../core/model/modelsignature.cpp" line="77"/>
        <source>default %1</source>
        <translation>기본값 %1</translation>
    </message>
    <message>
        <location filename="../core/model/modelsignature.cpp" line="80"/>
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../core/model/modelsignature.cpp" line="80"/>
        <source>optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../core/model/modelsignature.cpp" line="93"/>
        <source>not a JSON list of specs</source>
        <translation>JSON 스펙 목록이 아님</translation>
    </message>
    <message>
        <location filename="../core/model/modelsignature.cpp" line="94"/>
        <source>signature.%1 is not readable: %2</source>
        <translation>signature.%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/model/modelloader.cpp" line="120"/>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/model/modelloader.cpp" line="128"/>
        <source>MLmodel was not read (see the loading warnings)</source>
        <translation>MLmodel을 읽지 않았습니다 (불러오기 경고를 보십시오)</translation>
    </message>
    <message>
        <location filename="../core/model/modelloader.cpp" line="187"/>
        <source>%1 bytes, over the read limit of %2 bytes for a text file; listed, not read</source>
        <translation>%1바이트로 텍스트 파일 읽기 한도 %2바이트를 넘습니다. 목록에만 표시하고 읽지 않았습니다</translation>
    </message>
    <message>
        <location filename="../core/model/modelloader.cpp" line="195"/>
        <source>compresses %1:1, over the limit of %2:1 (a zip bomb?); listed, not read</source>
        <translation>압축률이 %1:1로 한도 %2:1을 넘습니다 (zip 폭탄?). 목록에만 표시하고 읽지 않았습니다</translation>
    </message>
    <message>
        <location filename="../core/model/modelloader.cpp" line="202"/>
        <source>not read: the model&apos;s text files exceed the limit of %1 bytes read in total</source>
        <translation>읽지 않음: 모델의 텍스트 파일이 전체 읽기 한도 %1바이트를 넘습니다</translation>
    </message>
    <message>
        <location filename="../core/model/modelloader.cpp" line="216"/>
        <source>not valid UTF-8; decoded with replacement characters</source>
        <translation>올바른 UTF-8이 아니어서 대체 문자로 디코딩했습니다</translation>
    </message>
    <message>
        <location filename="../core/model/modelloader.cpp" line="219"/>
        <source>starts with a UTF-8 byte-order mark (BOM), which MLflow&apos;s readers keep</source>
        <translation>UTF-8 바이트 순서 표시(BOM)로 시작합니다. MLflow의 읽기 코드는 이를 그대로 둡니다</translation>
    </message>
    <message>
        <location filename="../core/model/modelloader.cpp" line="245"/>
        <source>%1 was not read (see the loading warnings)</source>
        <translation>%1을(를) 읽지 않았습니다 (불러오기 경고를 보십시오)</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="84"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="85"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="86"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="87"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="187"/>
        <source>constraint</source>
        <translation>제약</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="189"/>
        <source>not a valid requirement</source>
        <translation>올바른 요구 사항이 아님</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="191"/>
        <location filename="../core/model/dependencytree.cpp" line="247"/>
        <location filename="../core/model/dependencytree.cpp" line="341"/>
        <source>inactive on this target: %1</source>
        <translation>이 대상에서는 비활성: %1</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="201"/>
        <source>constraints</source>
        <translation>제약</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="216"/>
        <source>Flavors</source>
        <translation>플레이버</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="234"/>
        <location filename="../core/model/dependencytree.cpp" line="260"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="268"/>
        <source>build dependency</source>
        <translation>빌드 의존성</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="278"/>
        <source>Environment files</source>
        <translation>환경 파일</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="301"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="302"/>
        <source>%1, binary</source>
        <translation>%1, 바이너리</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="328"/>
        <source>model in %1</source>
        <translation>%1의 모델</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="335"/>
        <source>Wheels</source>
        <translation>휠</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="336"/>
        <source>Artifacts</source>
        <translation>아티팩트</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="338"/>
        <source>Locked requirements</source>
        <translation>잠긴 요구 사항</translation>
    </message>
    <message>
        <location filename="../core/model/dependencytree.cpp" line="345"/>
        <source>Loading issues</source>
        <translation>불러오기 문제</translation>
    </message>
</context>
<context>
    <name>envlens::OverlaySource</name>
    <message>
        <location filename="../core/model/overlaysource.cpp" line="72"/>
        <source>%1 is not in memory and the model cannot be opened again: %2</source>
        <translation>%1이(가) 메모리에 없고 모델을 다시 열 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>envlens::OverviewPage</name>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="102"/>
        <source>Flavor</source>
        <translation>플레이버</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="102"/>
        <source>Recorded versions</source>
        <translation>기록된 버전</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="102"/>
        <source>Loader</source>
        <translation>로더</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="103"/>
        <location filename="../ui/browse/overviewpage.cpp" line="165"/>
        <source>Flavors</source>
        <translation>플레이버</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="104"/>
        <source>Part</source>
        <translation>부분</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="104"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="104"/>
        <source>Type</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="104"/>
        <source>Shape</source>
        <translation>모양</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="104"/>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="105"/>
        <location filename="../ui/browse/overviewpage.cpp" line="169"/>
        <source>Signature</source>
        <translation>시그니처</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="137"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="142"/>
        <source>Python version</source>
        <translation>파이썬 버전</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="200"/>
        <source>1 error</source>
        <translation>오류 1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="200"/>
        <source>%1 errors</source>
        <translation>오류 %1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="201"/>
        <source>1 warning</source>
        <translation>경고 1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="201"/>
        <source>%1 warnings</source>
        <translation>경고 %1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="202"/>
        <source>1 info</source>
        <translation>정보 1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="202"/>
        <source>%1 infos</source>
        <translation>정보 %1개</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="224"/>
        <source>Zip archive: %1</source>
        <translation>Zip 압축 파일: %1</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="225"/>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="229"/>
        <source>not recorded</source>
        <translation>기록되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="238"/>
        <source>MLflow version:</source>
        <translation>MLflow 버전:</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="240"/>
        <source>Created:</source>
        <translation>생성 시각:</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="243"/>
        <source>Recorded size:</source>
        <translation>기록된 크기:</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="244"/>
        <source>Model UUID:</source>
        <translation>모델 UUID:</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="245"/>
        <source>Run ID:</source>
        <translation>실행 ID:</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="247"/>
        <source>MLmodel:</source>
        <translation>MLmodel:</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="247"/>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="249"/>
        <source>Files:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="249"/>
        <source>%1 files, %2 in total</source>
        <translation>파일 %1개, 합계 %2</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="250"/>
        <source>Markers evaluated for:</source>
        <translation>마커 평가 대상:</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="250"/>
        <source>Python %1 on %2</source>
        <translation>%2의 파이썬 %1</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="250"/>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="284"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="285"/>
        <source>Not recorded in this file</source>
        <translation>이 파일에는 기록되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="290"/>
        <source>Python %1 (differs)</source>
        <translation>파이썬 %1 (다름)</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="290"/>
        <source>Python %1</source>
        <translation>파이썬 %1</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="293"/>
        <source>The Python versions differ: serving may build a different environment than the model was trained in.</source>
        <translation>파이썬 버전이 서로 다릅니다. 서빙 시 모델을 학습한 환경과 다른 환경이 만들어질 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="295"/>
        <source>The recorded Python versions agree.</source>
        <translation>기록된 파이썬 버전이 모두 일치합니다.</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="307"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="323"/>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="328"/>
        <source>This model records no signature.</source>
        <translation>이 모델에는 시그니처가 기록되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="330"/>
        <source>The signature is empty.</source>
        <translation>시그니처가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="88"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="81"/>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="90"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../ui/browse/overviewpage.cpp" line="92"/>
        <source>param</source>
        <translation>매개변수</translation>
    </message>
</context>
<context>
    <name>envlens::PackageDiffModel</name>
    <message>
        <location filename="../ui/compare/packagediffmodel.cpp" line="46"/>
        <source>Requirements</source>
        <translation>요구 사항</translation>
    </message>
    <message>
        <location filename="../ui/compare/packagediffmodel.cpp" line="48"/>
        <source>Constraints</source>
        <translation>제약</translation>
    </message>
    <message>
        <location filename="../ui/compare/packagediffmodel.cpp" line="50"/>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <location filename="../ui/compare/packagediffmodel.cpp" line="52"/>
        <source>Conda</source>
        <translation>Conda</translation>
    </message>
    <message>
        <location filename="../ui/compare/packagediffmodel.cpp" line="54"/>
        <source>Conda pip</source>
        <translation>Conda pip</translation>
    </message>
    <message>
        <location filename="../ui/compare/packagediffmodel.cpp" line="119"/>
        <location filename="../ui/compare/packagediffmodel.cpp" line="121"/>
        <source>%1, line %2</source>
        <translation>%1, %2번째 줄</translation>
    </message>
    <message>
        <location filename="../ui/compare/packagediffmodel.cpp" line="139"/>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <location filename="../ui/compare/packagediffmodel.cpp" line="141"/>
        <source>Old</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../ui/compare/packagediffmodel.cpp" line="143"/>
        <source>New</source>
        <translation>새 버전</translation>
    </message>
    <message>
        <location filename="../ui/compare/packagediffmodel.cpp" line="145"/>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../ui/compare/packagediffmodel.cpp" line="147"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>envlens::RequirementText</name>
    <message>
        <location filename="../ui/edit/requirementrows.cpp" line="81"/>
        <source>Enter a package name.</source>
        <translation>패키지 이름을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementrows.cpp" line="87"/>
        <source>Column %1: %2</source>
        <translation>%1열: %2</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementrows.cpp" line="89"/>
        <source>Not a single requirement (options, paths and URLs without a name cannot be edited here).</source>
        <translation>단일 요구 사항이 아닙니다 (옵션, 경로, 이름 없는 URL은 여기에서 편집할 수 없습니다).</translation>
    </message>
</context>
<context>
    <name>envlens::RequirementsEditor</name>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="74"/>
        <source>E&amp;xtra requirements</source>
        <translation>추가 요구 사항(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="76"/>
        <source>O&amp;verride requirements</source>
        <translation>요구 사항 덮어쓰기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="86"/>
        <source>Python version</source>
        <translation>파이썬 버전</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="87"/>
        <source>e.g. 3.10.14</source>
        <translation>예: 3.10.14</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="89"/>
        <source>Set &amp;Python Version</source>
        <translation>파이썬 버전 설정(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="91"/>
        <source>Writes this version to MLmodel, python_env.yaml and conda.yaml</source>
        <translation>이 버전을 MLmodel, python_env.yaml, conda.yaml에 씁니다</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="94"/>
        <source>Expected X.Y or X.Y.Z, e.g. 3.10.14</source>
        <translation>X.Y 또는 X.Y.Z 형식이어야 합니다 (예: 3.10.14)</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="104"/>
        <source>P&amp;ython:</source>
        <translation>파이썬(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="123"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="125"/>
        <source>Add a requirement (Insert)</source>
        <translation>요구 사항 추가 (Insert)</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="126"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="128"/>
        <source>Remove the selected requirement (Delete)</source>
        <translation>선택한 요구 사항 제거 (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="129"/>
        <source>Review and &amp;Save…</source>
        <translation>검토 후 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="147"/>
        <source>Add Requirement</source>
        <translation>요구 사항 추가</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="152"/>
        <source>Remove Requirement</source>
        <translation>요구 사항 제거</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="214"/>
        <source>Current requirements</source>
        <translation>현재 요구 사항</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="216"/>
        <source>Extra requirements</source>
        <translation>추가 요구 사항</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="219"/>
        <source>Current requirements (read-only)</source>
        <translation>현재 요구 사항 (읽기 전용)</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="222"/>
        <source>Your extra requirements</source>
        <translation>추가할 요구 사항</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="236"/>
        <source>Override requirements</source>
        <translation>덮어쓸 요구 사항</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="237"/>
        <source>The new requirement list</source>
        <translation>새 요구 사항 목록</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="253"/>
        <source>Your entries are added to the existing requirements. A package that is already listed with the same marker is updated in place, as MLflow&apos;s update_model_requirements(operation=&quot;add&quot;) does (extra_pip_requirements).</source>
        <translation>입력한 항목은 기존 요구 사항에 추가됩니다. 같은 마커로 이미 있는 패키지는 MLflow의 update_model_requirements(operation=&quot;add&quot;)처럼 그 자리에서 갱신됩니다 (extra_pip_requirements).</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="256"/>
        <source>Your list replaces the whole requirement list, as MLflow&apos;s pip_requirements does. It starts as a copy of the current list; comments on the requirement lines are not kept.</source>
        <translation>입력한 목록이 MLflow의 pip_requirements처럼 요구 사항 목록 전체를 대체합니다. 처음에는 현재 목록의 사본이며, 요구 사항 줄의 주석은 유지되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="333"/>
        <source>The requirements are locked: re-lock them instead of overriding</source>
        <translation>요구 사항이 잠겨 있습니다: 덮어쓰지 말고 다시 잠그십시오</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="353"/>
        <source>MLmodel %1</source>
        <translation>MLmodel %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="362"/>
        <location filename="../ui/edit/requirementseditor.cpp" line="373"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="383"/>
        <source>No Python version is recorded.</source>
        <translation>기록된 파이썬 버전이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="384"/>
        <source>Recorded Python: %1</source>
        <translation>기록된 파이썬: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="394"/>
        <source>Correct or remove the invalid requirements (red) first</source>
        <translation>먼저 올바르지 않은 요구 사항(빨간색)을 고치거나 제거하십시오</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="420"/>
        <source>Remove extra requirement %1</source>
        <translation>추가 요구 사항 %1 제거</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="429"/>
        <source>Remove requirement %1</source>
        <translation>요구 사항 %1 제거</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="491"/>
        <source>Change extra requirement %1</source>
        <translation>추가 요구 사항 %1 변경</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="501"/>
        <source>Add requirement %1</source>
        <translation>요구 사항 %1 추가</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="509"/>
        <source>Override requirements: %1</source>
        <translation>요구 사항 덮어쓰기: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementseditor.cpp" line="531"/>
        <source>Set Python version to %1</source>
        <translation>파이썬 버전을 %1(으)로 설정</translation>
    </message>
</context>
<context>
    <name>envlens::RequirementsTableModel</name>
    <message>
        <location filename="../ui/edit/requirementstablemodel.cpp" line="136"/>
        <source>Existing</source>
        <translation>기존</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementstablemodel.cpp" line="137"/>
        <source>Added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementstablemodel.cpp" line="138"/>
        <source>Changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementstablemodel.cpp" line="139"/>
        <source>Removed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementstablemodel.cpp" line="169"/>
        <source>Was: %1</source>
        <translation>이전 값: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementstablemodel.cpp" line="209"/>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementstablemodel.cpp" line="210"/>
        <source>Extras</source>
        <translation>extra</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementstablemodel.cpp" line="211"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementstablemodel.cpp" line="212"/>
        <source>Marker</source>
        <translation>마커</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementstablemodel.cpp" line="213"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/edit/requirementstablemodel.cpp" line="214"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>envlens::SavePreviewDialog</name>
    <message>
        <location filename="../ui/edit/savepreviewdialog.cpp" line="54"/>
        <source>Review Changes</source>
        <translation>변경 사항 검토</translation>
    </message>
    <message>
        <location filename="../ui/edit/savepreviewdialog.cpp" line="58"/>
        <source>Saving changes 1 file in %1:</source>
        <translation>저장하면 %1에서 파일 1개가 바뀝니다:</translation>
    </message>
    <message>
        <location filename="../ui/edit/savepreviewdialog.cpp" line="59"/>
        <source>Saving changes %1 files in %2:</source>
        <translation>저장하면 %2에서 파일 %1개가 바뀝니다:</translation>
    </message>
    <message>
        <location filename="../ui/edit/savepreviewdialog.cpp" line="65"/>
        <source>Changed files</source>
        <translation>바뀐 파일</translation>
    </message>
    <message>
        <location filename="../ui/edit/savepreviewdialog.cpp" line="67"/>
        <source>%1 (new)</source>
        <translation>%1 (새 파일)</translation>
    </message>
    <message>
        <location filename="../ui/edit/savepreviewdialog.cpp" line="69"/>
        <source>Changes of the selected file</source>
        <translation>선택한 파일의 변경 사항</translation>
    </message>
</context>
<context>
    <name>envlens::TextReport</name>
    <message>
        <location filename="../core/report/textreport.cpp" line="40"/>
        <source>related location</source>
        <translation>관련 위치</translation>
    </message>
    <message>
        <location filename="../core/report/textreport.cpp" line="48"/>
        <source>%1: errors: %2, warnings: %3, infos: %4</source>
        <extracomment>The closing line of a model&apos;s diagnostics; %1 is the model path, the severity words stay English</extracomment>
        <translation>%1: 오류 %2개, 경고 %3개, 정보 %4개</translation>
    </message>
</context>
<context>
    <name>envlens::WelcomePage</name>
    <message>
        <location filename="../ui/browse/welcomepage.cpp" line="36"/>
        <source>Welcome to EnvLens</source>
        <translation>EnvLens에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../ui/browse/welcomepage.cpp" line="43"/>
        <source>Open an MLflow model to see its environment: requirements, conda and virtualenv files, Python versions, code and the conflicts between them. You can also drop a model folder, a zip or an MLmodel file on this window.</source>
        <translation>MLflow 모델을 열어 환경을 살펴보십시오: 요구 사항, conda 및 virtualenv 파일, 파이썬 버전, 코드와 그 사이의 충돌. 모델 폴더, zip 파일 또는 MLmodel 파일을 이 창에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/browse/welcomepage.cpp" line="50"/>
        <source>Open Model Folder…</source>
        <translation>모델 폴더 열기…</translation>
    </message>
    <message>
        <location filename="../ui/browse/welcomepage.cpp" line="51"/>
        <source>Open Model Zip…</source>
        <translation>모델 Zip 열기…</translation>
    </message>
    <message>
        <location filename="../ui/browse/welcomepage.cpp" line="52"/>
        <source>Open the Example Model</source>
        <translation>예제 모델 열기</translation>
    </message>
    <message>
        <location filename="../ui/browse/welcomepage.cpp" line="62"/>
        <source>Recent models:</source>
        <translation>최근 모델:</translation>
    </message>
    <message>
        <location filename="../ui/browse/welcomepage.cpp" line="65"/>
        <source>Recent models</source>
        <translation>최근 모델</translation>
    </message>
    <message>
        <location filename="../ui/browse/welcomepage.cpp" line="110"/>
        <source>No recent models yet</source>
        <translation>아직 최근 모델이 없습니다</translation>
    </message>
</context>
<context>
    <name>envlens::ZipRewriter</name>
    <message>
        <location filename="../core/edit/zipformat.cpp" line="57"/>
        <source>not a valid zip archive (%1)</source>
        <translation>올바른 zip 압축 파일이 아닙니다 (%1)</translation>
    </message>
    <message>
        <location filename="../core/edit/zipformat.cpp" line="66"/>
        <source>unsupported zip archive: %1</source>
        <translation>지원하지 않는 zip 압축 파일: %1</translation>
    </message>
</context>
<context>
    <name>envlens::checks::CheckText</name>
    <message>
        <location filename="../core/checks/consistencychecks.cpp" line="127"/>
        <source>Make the pip list of conda.yaml follow requirements.txt</source>
        <translation>conda.yaml의 pip 목록을 requirements.txt에 맞추기</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencychecks.cpp" line="129"/>
        <source>Make requirements.txt follow the pip list of conda.yaml</source>
        <translation>requirements.txt를 conda.yaml의 pip 목록에 맞추기</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencychecks.cpp" line="151"/>
        <source>%1 is in %2 but not in the pip list of %3, so a conda restore does not install it</source>
        <translation>%1은(는) %2에 있지만 %3의 pip 목록에는 없어 conda로 복원하면 설치되지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencychecks.cpp" line="154"/>
        <source>the pip list does not have %1</source>
        <translation>pip 목록에 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencychecks.cpp" line="158"/>
        <source>%1 is in the pip list of %2 but not in requirements.txt, so a virtualenv restore does not install it</source>
        <translation>%1은(는) %2의 pip 목록에 있지만 requirements.txt에는 없어 virtualenv로 복원하면 설치되지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencychecks.cpp" line="163"/>
        <source>requirements.txt does not have %1</source>
        <translation>requirements.txt에 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencychecks.cpp" line="167"/>
        <source>%1 in %2 does not match %3 in the pip list of %4 (%4:%5)</source>
        <translation>%2의 %1이(가) %4의 pip 목록에 있는 %3과(와) 일치하지 않습니다 (%4:%5)</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencychecks.cpp" line="171"/>
        <source>the pip list of %1 has %2</source>
        <translation>%1의 pip 목록에는 %2이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencychecks.cpp" line="226"/>
        <source>the dependencies of %1 do not include &quot;-r requirements.txt&quot;, so a virtualenv or uv restore does not install requirements.txt</source>
        <translation>%1의 dependencies에 &quot;-r requirements.txt&quot;가 없어 virtualenv나 uv로 복원하면 requirements.txt가 설치되지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencychecks.cpp" line="234"/>
        <source>Add &quot;-r requirements.txt&quot; to the dependencies of %1</source>
        <translation>%1의 dependencies에 &quot;-r requirements.txt&quot; 추가</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencychecks.cpp" line="252"/>
        <source>constraints.txt is not referenced by any &quot;-c constraints.txt&quot; line, so pip never applies it; add that line to requirements.txt or remove the file</source>
        <translation>constraints.txt를 가리키는 &quot;-c constraints.txt&quot; 줄이 없어 pip가 적용하지 않습니다. requirements.txt에 그 줄을 추가하거나 파일을 지우십시오</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="22"/>
        <source> (in an except/else/finally block)</source>
        <translation> (except/else/finally 블록 안)</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="24"/>
        <source> (in a try: block)</source>
        <translation> (try: 블록 안)</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="26"/>
        <source> (inside a function)</source>
        <translation> (함수 안)</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="28"/>
        <source> (inside a conditional block)</source>
        <translation> (조건 블록 안)</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="34"/>
        <source>any Python version</source>
        <translation>모든 파이썬 버전</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="35"/>
        <source>Python %1</source>
        <translation>파이썬 %1</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="40"/>
        <source>%1 is imported%2 but no requirement provides it (it is not in the standard library of %3 nor in the model&apos;s code); add one of %4 to the requirements</source>
        <translation>%1을(를)%2 가져오지만 이를 제공하는 요구 사항이 없습니다 (%3의 표준 라이브러리에도, 모델 코드에도 없음). 요구 사항에 %4 중 하나를 추가하십시오</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="42"/>
        <source>%1 is imported%2 but no requirement provides it (it is not in the standard library of %3 nor in the model&apos;s code); add %4 to the requirements</source>
        <translation>%1을(를)%2 가져오지만 이를 제공하는 요구 사항이 없습니다 (%3의 표준 라이브러리에도, 모델 코드에도 없음). 요구 사항에 %4을(를) 추가하십시오</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="52"/>
        <source>Add %1 to the requirements (unpinned, review it)</source>
        <translation>요구 사항에 %1 추가 (버전 미고정, 검토 필요)</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="141"/>
        <source>the module %1 hides the package %2 required at %3:%4: MLflow puts %5/ first on sys.path when it loads the model; rename the module</source>
        <translation>모듈 %1이(가) %3:%4에서 요구하는 패키지 %2을(를) 가립니다. MLflow는 모델을 불러올 때 %5/을(를) sys.path 맨 앞에 둡니다. 모듈 이름을 바꾸십시오</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="147"/>
        <source>the module %1 hides the package %2 that %3 (%4:%5) depends on: MLflow puts %6/ first on sys.path when it loads the model; rename the module</source>
        <translation>모듈 %1이(가) %3(%4:%5)이(가) 의존하는 패키지 %2을(를) 가립니다. MLflow는 모델을 불러올 때 %6/을(를) sys.path 맨 앞에 둡니다. 모듈 이름을 바꾸십시오</translation>
    </message>
    <message>
        <location filename="../core/checks/codechecks.cpp" line="155"/>
        <source>%1 is required here</source>
        <translation>여기에서 %1을(를) 요구합니다</translation>
    </message>
    <message>
        <location filename="../core/checks/filechecks.cpp" line="43"/>
        <source>%1 cannot be read by MLflow: %2</source>
        <translation>MLflow가 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/checks/filechecks.cpp" line="44"/>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1은(는) 올바른 YAML이 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../core/checks/filechecks.cpp" line="69"/>
        <source>Quote the value: %1</source>
        <translation>값을 따옴표로 감싸기: %1</translation>
    </message>
    <message>
        <location filename="../core/checks/filechecks.cpp" line="98"/>
        <source>%1 names %2, which is not in the model; MLflow will rebuild the environment from %3</source>
        <translation>%1이(가) 가리키는 %2이(가) 모델에 없습니다. MLflow는 %3에서 환경을 다시 만듭니다</translation>
    </message>
    <message>
        <location filename="../core/checks/filechecks.cpp" line="100"/>
        <location filename="../core/checks/filechecks.cpp" line="121"/>
        <source>%1 names %2, which is not in the model</source>
        <translation>%1이(가) 가리키는 %2이(가) 모델에 없습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/filechecks.cpp" line="110"/>
        <source>MLmodel has no python_function flavor: the model cannot be loaded with mlflow.pyfunc or served</source>
        <translation>MLmodel에 python_function 플레이버가 없습니다: mlflow.pyfunc로 불러오거나 서빙할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/filechecks.cpp" line="146"/>
        <source>%1.code names the directory %2, which is not in the model</source>
        <translation>%1.code가 가리키는 디렉터리 %2이(가) 모델에 없습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/filechecks.cpp" line="152"/>
        <source>code/ exists but no flavor&apos;s code: names it, so MLflow does not put it on sys.path when the model loads</source>
        <translation>code/가 있지만 이를 가리키는 플레이버의 code: 항목이 없어, 모델을 불러올 때 MLflow가 sys.path에 넣지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/filechecks.cpp" line="187"/>
        <source>%1 has no counterpart %2 at the model root</source>
        <translation>%1에 대응하는 %2이(가) 모델 최상위에 없습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/filechecks.cpp" line="195"/>
        <source>%1 differs from %2 (first at line %3); Unity Catalog sharing uses the copy, which edits of the root files do not update</source>
        <translation>%1이(가) %2와(과) 다릅니다 (처음 다른 곳: %3번째 줄). Unity Catalog 공유는 사본을 사용하며, 최상위 파일을 고쳐도 사본은 바뀌지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/filechecks.cpp" line="207"/>
        <source>%1 is present: a restore with env_manager=uv installs from it and ignores requirements.txt, so requirement edits do not reach that path</source>
        <translation>%1이(가) 있습니다: env_manager=uv로 복원하면 이 파일로 설치하고 requirements.txt는 무시하므로, 요구 사항을 고쳐도 그 경로에는 반영되지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="52"/>
        <source>&apos;%1&apos; is not a valid requirement: %2</source>
        <translation>&apos;%1&apos;은(는) 올바른 요구 사항이 아닙니다: %2</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="57"/>
        <source>Write %1</source>
        <translation>%1(으)로 쓰기</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="125"/>
        <source>Merge into one line: %1</source>
        <translation>한 줄로 합치기: %1</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="156"/>
        <source>%1 is required again: %2 (first required as %3 at %4:%5)</source>
        <translation>%1을(를) 다시 요구합니다: %2 (처음에는 %4:%5에서 %3(으)로 요구)</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="160"/>
        <source>first required here as %1</source>
        <translation>여기에서 처음 %1(으)로 요구함</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="216"/>
        <source>%1 admits no version</source>
        <translation>%1을(를) 만족하는 버전이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="220"/>
        <source>%1 conflicts with %2 (%3:%4)</source>
        <translation>%1이(가) %2(%3:%4)와(과) 충돌합니다</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="225"/>
        <source>constrained here to %1</source>
        <translation>여기에서 %1(으)로 제한됨</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="226"/>
        <source>required here as %1</source>
        <translation>여기에서 %1(으)로 요구됨</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="313"/>
        <source>%1 has no version spec, so the environment is not reproducible</source>
        <translation>%1에 버전 지정이 없어 환경을 재현할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="320"/>
        <source> (the model records %1)</source>
        <translation> (모델 기록: %1)</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="322"/>
        <location filename="../core/checks/consistencyversions.cpp" line="174"/>
        <location filename="../core/checks/consistencyversions.cpp" line="213"/>
        <source>Pin to %1</source>
        <translation>%1(으)로 고정</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="341"/>
        <source>%1 names the pre-release or development version %2</source>
        <translation>%1이(가) 사전 릴리스 또는 개발 버전 %2을(를) 지정합니다</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="346"/>
        <source>%1 pins the local version %2 (+%3): pip cannot install it from PyPI without an extra index that provides it</source>
        <translation>%1이(가) 로컬 버전 %2(+%3)을(를) 고정합니다: 이를 제공하는 추가 인덱스 없이는 pip가 PyPI에서 설치할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="397"/>
        <source>%1 is a path outside the model: it only installs where that path exists</source>
        <translation>%1은(는) 모델 밖의 경로입니다: 그 경로가 있는 곳에서만 설치됩니다</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="405"/>
        <source>%1 is a relative path that is not in the model (MLflow installs it from the model root)</source>
        <translation>%1은(는) 모델에 없는 상대 경로입니다 (MLflow는 모델 최상위 기준으로 설치합니다)</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="430"/>
        <source>the requirements do not include mlflow; MLflow adds it when it logs a model, so it was probably removed by hand</source>
        <translation>요구 사항에 mlflow가 없습니다. MLflow는 모델을 기록할 때 이를 추가하므로 아마 손으로 지운 것 같습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/requirementchecks.cpp" line="440"/>
        <location filename="../core/checks/consistencyversions.cpp" line="155"/>
        <source>Add %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <location filename="../core/checks/lockchecks.cpp" line="53"/>
        <source>the original requirement %1 has no locked pin active on this platform; the lock is stale (re-lock, or edit the locked block too)</source>
        <translation>원래 요구 사항 %1에 대해 이 플랫폼에서 유효한 잠금 고정이 없습니다. 잠금이 오래되었습니다 (다시 잠그거나 잠금 블록도 고치십시오)</translation>
    </message>
    <message>
        <location filename="../core/checks/lockchecks.cpp" line="57"/>
        <source>the original requirement %1 is not admitted by the locked pin %2==%3 (%4:%5); the lock is stale</source>
        <translation>원래 요구 사항 %1을(를) 잠금 고정 %2==%3(%4:%5)이(가) 만족하지 않습니다. 잠금이 오래되었습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/lockchecks.cpp" line="62"/>
        <source>locked here</source>
        <translation>여기에서 잠김</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencypython.cpp" line="122"/>
        <source>%1 asks for Python %2 but %3 records %4 (%3:%5); a different minor version of Python may not load the model</source>
        <translation>%1은(는) 파이썬 %2을(를) 요구하지만 %3에는 %4이(가) 기록되어 있습니다 (%3:%5). 마이너 버전이 다른 파이썬에서는 모델을 불러오지 못할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencypython.cpp" line="127"/>
        <source>%1 asks for Python %2 but %3 records %4 (%3:%5); only the micro version differs</source>
        <translation>%1은(는) 파이썬 %2을(를) 요구하지만 %3에는 %4이(가) 기록되어 있습니다 (%3:%5). 마이크로 버전만 다릅니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencypython.cpp" line="132"/>
        <source>Python %1 is recorded here</source>
        <translation>여기에 파이썬 %1이(가) 기록되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencypython.cpp" line="137"/>
        <source>Use Python %1 in MLmodel, python_env.yaml and conda.yaml</source>
        <translation>MLmodel, python_env.yaml, conda.yaml에서 파이썬 %1 사용</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencypython.cpp" line="155"/>
        <source>%1 has no python entry, so the restored environment gets whatever Python runs the restore; add python=&lt;version&gt;</source>
        <translation>%1에 python 항목이 없어 복원된 환경은 복원을 실행하는 파이썬을 그대로 씁니다. python=&lt;버전&gt;을 추가하십시오</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencypython.cpp" line="168"/>
        <source>MLflow does not read &quot;%1&quot; as a python version, so the restored environment gets whatever Python runs the restore; write python=&lt;version&gt;</source>
        <translation>MLflow는 &quot;%1&quot;을(를) 파이썬 버전으로 읽지 않아 복원된 환경은 복원을 실행하는 파이썬을 그대로 씁니다. python=&lt;버전&gt;으로 쓰십시오</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencypython.cpp" line="174"/>
        <source>&quot;%1&quot; does not pin a Python version; MLflow wants python=&lt;version&gt; (e.g. python=3.11.9)</source>
        <translation>&quot;%1&quot;은(는) 파이썬 버전을 고정하지 않습니다. MLflow는 python=&lt;버전&gt; 형식을 원합니다 (예: python=3.11.9)</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencypython.cpp" line="177"/>
        <source>&quot;%1&quot; uses the comparator %2, which MLflow refuses for python (it accepts &lt;=, &gt;=, = and ==)</source>
        <translation>&quot;%1&quot;은(는) 비교 연산자 %2을(를) 쓰는데, MLflow는 python에 이를 허용하지 않습니다 (&lt;=, &gt;=, =, ==만 허용)</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyversions.cpp" line="44"/>
        <source>the pip list of %1</source>
        <translation>%1의 pip 목록</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyversions.cpp" line="124"/>
        <source>the conda dependency %1 does not admit %2 %3, the version the %4 flavor records (MLmodel:%5)</source>
        <translation>conda 의존성 %1은(는) %4 플레이버에 기록된 버전인 %2 %3을(를) 허용하지 않습니다 (MLmodel:%5)</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyversions.cpp" line="129"/>
        <location filename="../core/checks/consistencyversions.cpp" line="170"/>
        <source>%1: %2 is recorded here</source>
        <translation>%1: 여기에 %2이(가) 기록되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyversions.cpp" line="147"/>
        <source>the %1 flavor records %2 %3 (%4) but %5 does not list %6, so a restored environment may get another version</source>
        <translation>%1 플레이버에는 %2 %3(%4)이(가) 기록되어 있지만 %5에 %6이(가) 없어 복원된 환경에 다른 버전이 설치될 수 있습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyversions.cpp" line="152"/>
        <source>%1 is not listed</source>
        <translation>%1이(가) 목록에 없습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyversions.cpp" line="166"/>
        <source>%1 does not admit %2 %3, the version the %4 flavor records (%5)</source>
        <translation>%1은(는) %4 플레이버에 기록된 버전인 %2 %3을(를) 허용하지 않습니다 (%5)</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyversions.cpp" line="203"/>
        <source>%1 does not admit %2, the MLflow version that saved the model (mlflow_version, MLmodel:%3)</source>
        <translation>%1은(는) 모델을 저장한 MLflow 버전 %2을(를) 허용하지 않습니다 (mlflow_version, MLmodel:%3)</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyversions.cpp" line="209"/>
        <source>mlflow_version: %1 is recorded here</source>
        <translation>여기에 mlflow_version: %1이(가) 기록되어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyconda.cpp" line="110"/>
        <source>%1 is installed by conda (%2) and again by pip (%3, %4:%5): unless conda picks a version the pip spec admits, pip installs a second copy over it; keep the package on one side only</source>
        <translation>%1은(는) conda(%2)로 설치되고 pip(%3, %4:%5)로 다시 설치됩니다. conda가 pip 지정을 만족하는 버전을 고르지 않으면 pip가 그 위에 사본을 하나 더 설치합니다. 한쪽에만 두십시오</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyconda.cpp" line="115"/>
        <source>%1 is installed by conda (%2) and by pip (%3, %4:%5), and the two specs admit no common version; keep the package on one side only</source>
        <translation>%1은(는) conda(%2)와 pip(%3, %4:%5) 양쪽에서 설치되며, 두 지정을 함께 만족하는 버전이 없습니다. 한쪽에만 두십시오</translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyconda.cpp" line="121"/>
        <source>pip installs %1 here</source>
        <translation>여기에서 pip가 %1을(를) 설치합니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/checks/consistencyconda.cpp" line="153"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/checks/consistencyconda.cpp" line="155"/>
        <source>%1 lists conda packages a virtualenv or uv restore does not install: %2 (MLflow warns &quot;will not be installed&quot;); put the ones the model needs in requirements.txt too</source>
        <translation>%1에는 virtualenv나 uv 복원 시 설치되지 않는 conda 패키지가 있습니다: %2 (MLflow는 &quot;will not be installed&quot;라고 경고합니다). 모델에 필요한 것은 requirements.txt에도 넣으십시오</translation>
    </message>
</context>
<context>
    <name>envlens::pep::PepText</name>
    <message>
        <location filename="../core/pep/version.cpp" line="162"/>
        <source>the text is empty</source>
        <translation>텍스트가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/version.cpp" line="167"/>
        <source>expected a release number such as 1.0</source>
        <translation>1.0과 같은 릴리스 번호가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/version.cpp" line="175"/>
        <source>expected a release number after the epoch</source>
        <translation>epoch 뒤에 릴리스 번호가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/version.cpp" line="197"/>
        <source>~= needs at least two release numbers (e.g. ~=1.4, not ~=1)</source>
        <translation>~=에는 릴리스 번호가 둘 이상 필요합니다 (예: ~=1.4, ~=1은 안 됨)</translation>
    </message>
    <message>
        <location filename="../core/pep/version.cpp" line="201"/>
        <source>a wildcard may only follow release numbers (e.g. ==1.4.*)</source>
        <translation>와일드카드는 릴리스 번호 뒤에만 올 수 있습니다 (예: ==1.4.*)</translation>
    </message>
    <message>
        <location filename="../core/pep/version.cpp" line="210"/>
        <source>a local label (+...) is only allowed with == and !=</source>
        <translation>로컬 레이블(+...)은 ==와 !=에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/version.cpp" line="216"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>예상하지 못한 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/pep/version.cpp" line="254"/>
        <source>the number has more than 18 digits, which EnvLens does not support</source>
        <translation>숫자가 18자리를 넘습니다. EnvLens는 이를 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/version.cpp" line="320"/>
        <source>a look-alike Unicode letter is used in &apos;%1&apos;; EnvLens accepts only the ASCII spelling</source>
        <translation>&apos;%1&apos;에 모양이 비슷한 유니코드 문자가 쓰였습니다. EnvLens는 ASCII 철자만 받습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/version.cpp" line="396"/>
        <source>expected letters or digits in the local label</source>
        <translation>로컬 레이블에는 문자나 숫자가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/version.cpp" line="717"/>
        <source>invalid version &apos;%1&apos;: %2 (column %3)</source>
        <translation>잘못된 버전 &apos;%1&apos;: %2 (%3열)</translation>
    </message>
    <message>
        <location filename="../core/pep/specifier.cpp" line="641"/>
        <source>invalid specifier &apos;%1&apos;: %2</source>
        <translation>잘못된 지정자 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/pep/specifier.cpp" line="647"/>
        <source>expected an operator (==, !=, &lt;=, &gt;=, &lt;, &gt;, ~= or ===) before the version</source>
        <translation>버전 앞에 연산자(==, !=, &lt;=, &gt;=, &lt;, &gt;, ~=, ===)가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/specifier.cpp" line="666"/>
        <source>&apos;%1&apos; is not allowed in an === version</source>
        <translation>=== 버전에는 &apos;%1&apos;을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/specifier.cpp" line="681"/>
        <source>a wildcard (.*) is only allowed with == and !=</source>
        <translation>와일드카드(.*)는 ==와 !=에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/specifier.cpp" line="689"/>
        <source>the version is missing</source>
        <translation>버전이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="438"/>
        <source>Invalid string literal %1</source>
        <translation>잘못된 문자열 리터럴 %1</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="545"/>
        <source>Expected a marker variable or quoted string</source>
        <translation>마커 변수나 따옴표로 감싼 문자열이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="556"/>
        <source>Expected whitespace after &apos;not&apos;</source>
        <translation>&apos;not&apos; 뒤에 공백이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="557"/>
        <source>Expected &apos;in&apos; after &apos;not&apos;</source>
        <translation>&apos;not&apos; 뒤에 &apos;in&apos;이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="562"/>
        <source>Expected marker operator, one of &lt;=, &lt;, !=, ==, &gt;=, &gt;, ~=, ===, in, not in</source>
        <translation>마커 연산자(&lt;=, &lt;, !=, ==, &gt;=, &gt;, ~=, ===, in, not in 중 하나)가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="589"/>
        <location filename="../core/pep/pep508parser.cpp" line="667"/>
        <source>Expected closing RIGHT_PARENTHESIS</source>
        <translation>닫는 RIGHT_PARENTHESIS가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="621"/>
        <source>Expected comma between extra names</source>
        <translation>extra 이름 사이에 쉼표가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="627"/>
        <source>Expected extra name after comma</source>
        <translation>쉼표 뒤에 extra 이름이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="642"/>
        <source>Expected closing RIGHT_BRACKET</source>
        <translation>닫는 RIGHT_BRACKET이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="675"/>
        <source>Expected end or semicolon (after %1)</source>
        <translation>끝이나 세미콜론이 필요합니다 (%1 뒤)</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="689"/>
        <source>Expected URL after @</source>
        <translation>@ 뒤에 URL이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="692"/>
        <source>Expected whitespace after URL</source>
        <translation>URL 뒤에 공백이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="696"/>
        <source>URL and whitespace</source>
        <translation>URL과 공백</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="706"/>
        <source>name and no valid version specifier</source>
        <translation>이름 뒤 올바른 버전 지정자 없음</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="707"/>
        <source>version specifier</source>
        <translation>버전 지정자</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="715"/>
        <source>Expected package name at the start of dependency specifier</source>
        <translation>의존성 지정자의 시작에 패키지 이름이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pep508parser.cpp" line="722"/>
        <source>Expected end of dependency specifier</source>
        <translation>의존성 지정자가 끝나야 합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/marker.cpp" line="111"/>
        <source>Undefined environment name %1</source>
        <translation>정의되지 않은 환경 이름 %1</translation>
    </message>
    <message>
        <location filename="../core/pep/marker.cpp" line="144"/>
        <source>Invalid version: &apos;%1&apos;</source>
        <translation>잘못된 버전: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/pep/marker.cpp" line="165"/>
        <source>Undefined %1 on &apos;%2&apos; and &apos;%3&apos;.</source>
        <translation>&apos;%2&apos;와(과) &apos;%3&apos;에 대해 %1이(가) 정의되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/pep/requirement.cpp" line="262"/>
        <source>Invalid IPv6 URL</source>
        <translation>잘못된 IPv6 URL</translation>
    </message>
    <message>
        <location filename="../core/pep/requirement.cpp" line="265"/>
        <source>Invalid URL given</source>
        <translation>잘못된 URL이 주어졌습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/requirement.cpp" line="267"/>
        <source>Invalid URL: %1</source>
        <translation>잘못된 URL: %1</translation>
    </message>
    <message>
        <location filename="../core/pep/pipline.cpp" line="77"/>
        <location filename="../core/pep/pipline.cpp" line="91"/>
        <source>Could not split options: %1: No closing quotation</source>
        <translation>옵션을 나눌 수 없습니다: %1: 닫는 따옴표가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pipline.cpp" line="96"/>
        <source>Could not split options: %1: No escaped character</source>
        <translation>옵션을 나눌 수 없습니다: %1: 이스케이프할 문자가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pipline.cpp" line="133"/>
        <source>no such option: %1</source>
        <translation>그런 옵션이 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/pep/pipline.cpp" line="136"/>
        <source>ambiguous option: %1 (%2?)</source>
        <translation>모호한 옵션: %1 (%2?)</translation>
    </message>
    <message>
        <location filename="../core/pep/pipline.cpp" line="148"/>
        <source>no such option: -%1</source>
        <translation>그런 옵션이 없습니다: -%1</translation>
    </message>
    <message>
        <location filename="../core/pep/pipline.cpp" line="155"/>
        <source>Arguments to --hash must be a hash name followed by a value, like --hash=sha256:abcde...</source>
        <translation>--hash의 인수는 해시 이름 뒤에 값이 와야 합니다 (예: --hash=sha256:abcde...)</translation>
    </message>
    <message>
        <location filename="../core/pep/pipline.cpp" line="159"/>
        <source>Allowed hash algorithms for --hash are sha256, sha384, sha512.</source>
        <translation>--hash에 쓸 수 있는 해시 알고리즘은 sha256, sha384, sha512입니다.</translation>
    </message>
    <message>
        <location filename="../core/pep/pipline.cpp" line="193"/>
        <source>%1 option requires 1 argument</source>
        <translation>%1 옵션에는 인수가 1개 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pipline.cpp" line="198"/>
        <source>%1 option does not take a value</source>
        <translation>%1 옵션은 값을 받지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/pipline.cpp" line="270"/>
        <source>did you mean %1?</source>
        <translation>%1을(를) 뜻했습니까?</translation>
    </message>
    <message>
        <location filename="../core/pep/condaversion.cpp" line="22"/>
        <source>Invalid conda version &apos;%1&apos;: %2</source>
        <translation>잘못된 conda 버전 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/pep/condaversion.cpp" line="121"/>
        <source>empty version string</source>
        <translation>버전 문자열이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/condaversion.cpp" line="125"/>
        <source>invalid character(s)</source>
        <translation>잘못된 문자</translation>
    </message>
    <message>
        <location filename="../core/pep/condaversion.cpp" line="134"/>
        <source>epoch must be an integer</source>
        <translation>epoch는 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/pep/condaversion.cpp" line="136"/>
        <source>duplicated epoch separator &apos;!&apos;</source>
        <translation>epoch 구분자 &apos;!&apos;가 중복되었습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/condaversion.cpp" line="140"/>
        <source>duplicated local version separator &apos;+&apos;</source>
        <translation>로컬 버전 구분자 &apos;+&apos;가 중복되었습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/condaversion.cpp" line="144"/>
        <source>missing version before local version separator &apos;+&apos;</source>
        <translation>로컬 버전 구분자 &apos;+&apos; 앞에 버전이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/condaversion.cpp" line="163"/>
        <source>empty version component</source>
        <translation>버전 구성 요소가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/condaspec.cpp" line="75"/>
        <source>Invalid version regex &apos;%1&apos;</source>
        <translation>잘못된 버전 정규식 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/pep/condaspec.cpp" line="106"/>
        <source>Invalid version spec &apos;%1&apos;: invalid operator</source>
        <translation>잘못된 버전 지정 &apos;%1&apos;: 잘못된 연산자</translation>
    </message>
    <message>
        <location filename="../core/pep/condaspec.cpp" line="111"/>
        <source>Invalid version spec &apos;%1&apos;: invalid operator with &apos;.*&apos;</source>
        <translation>잘못된 버전 지정 &apos;%1&apos;: &apos;.*&apos;와 함께 쓸 수 없는 연산자</translation>
    </message>
    <message>
        <location filename="../core/pep/condaspec.cpp" line="172"/>
        <source>Invalid version spec &apos;%1&apos;: unexpected &apos;%2&apos;</source>
        <translation>잘못된 버전 지정 &apos;%1&apos;: 예상하지 못한 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/pep/condaspec.cpp" line="214"/>
        <source>Invalid version spec &apos;%1&apos;: missing &apos;)&apos;</source>
        <translation>잘못된 버전 지정 &apos;%1&apos;: &apos;)&apos;가 없습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/condaspec.cpp" line="222"/>
        <source>Invalid version spec &apos;%1&apos;: empty clause</source>
        <translation>잘못된 버전 지정 &apos;%1&apos;: 빈 절</translation>
    </message>
    <message>
        <location filename="../core/pep/condaspec.cpp" line="354"/>
        <source>Empty conda match spec</source>
        <translation>conda 매치 스펙이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/condaspec.cpp" line="359"/>
        <source>Invalid match spec &apos;%1&apos;: unbalanced &apos;]&apos;</source>
        <translation>잘못된 매치 스펙 &apos;%1&apos;: &apos;]&apos;의 짝이 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/condaspec.cpp" line="378"/>
        <source>Invalid match spec &apos;%1&apos;: no package name</source>
        <translation>잘못된 매치 스펙 &apos;%1&apos;: 패키지 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../core/pep/condaspec.cpp" line="382"/>
        <source>Invalid match spec &apos;%1&apos;: multiple bracket sections</source>
        <translation>잘못된 매치 스펙 &apos;%1&apos;: 대괄호 부분이 여러 개입니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="92"/>
        <source>Inspect and repair the environments of MLflow models.</source>
        <translation>MLflow 모델의 환경을 검사하고 고칩니다.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="96"/>
        <source>Start, open the example model and quit.</source>
        <translation>시작하여 예제 모델을 연 뒤 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="99"/>
        <source>A model folder, MLmodel file or zip to open; two models to compare (old, new).</source>
        <translation>열 모델 폴더, MLmodel 파일 또는 zip. 두 개를 주면 비교합니다 (이전, 새 버전).</translation>
    </message>
</context>
</TS>
