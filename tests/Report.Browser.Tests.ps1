#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The seeds' report as a person sees it: rendered by headless Chromium at desktop and phone width. The page itself
# runs no script (its Content-Security-Policy forbids it), so layout is measured on a copy with the policy taken out and
# a measuring script put in; the untouched page is loaded on its own to check that the browser reports no error.
# .ci/run installs Chromium and sets AIDOCTOOLS_REQUIRE_BROWSER=1, so there a missing browser fails the suite; on a
# developer's machine without Chromium these tests are reported as skipped.

BeforeDiscovery {
    $script:Browser = @('chromium', 'chromium-browser', 'google-chrome') | ForEach-Object { Get-Command $_ -CommandType Application -ErrorAction SilentlyContinue } | Select-Object -First 1
    $script:NoBrowser = $null -eq $script:Browser -and $env:AIDOCTOOLS_REQUIRE_BROWSER -ne '1'
}

BeforeAll {
    $Manifest = Join-Path $PSScriptRoot '../artifacts/module/AiDocTools/AiDocTools.psd1'
    Import-Module $Manifest -Force
    $Browser = @('chromium', 'chromium-browser', 'google-chrome') | ForEach-Object { Get-Command $_ -CommandType Application -ErrorAction SilentlyContinue } | Select-Object -First 1
    $Shots = Join-Path $PSScriptRoot '../artifacts/screenshots'
    New-Item -ItemType Directory -Force -Path $Shots | Out-Null
    $Report = Join-Path $TestDrive 'seeds-report.html'
    Get-AiArticle | Export-AiReport -Path $Report -Title 'Open and closed AI models' -Force

    # Every element whose box reaches past the viewport, and whether the page scrolls sideways, written into the DOM.
    $measure = @'
<script>
addEventListener('load', () => {
  const width = document.documentElement.clientWidth;
  const over = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1)
    .map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className : ''));
  parent.postMessage(JSON.stringify({ width, scroll: document.documentElement.scrollWidth, over }), '*');
});
</script>
'@
    $html = [System.IO.File]::ReadAllText($Report)
    $html = $html -replace '<meta http-equiv="Content-Security-Policy"[^>]*>', '' -replace '</body>', ($measure + '</body>')
    $Measured = Join-Path $TestDrive 'measured.html'
    [System.IO.File]::WriteAllText($Measured, $html)

    # Headless Chromium will not make its window narrower than 500 px, so the page is measured inside a frame of the
    # width under test: the frame is the page's viewport, its media queries included, and it posts what it measured out.
    function New-Frame([int] $Width) {
        $frame = Join-Path $TestDrive "frame-$Width.html"
        [System.IO.File]::WriteAllText($frame, "<!DOCTYPE html><html><body style=`"margin:0`"><pre id=`"measured`"></pre>" +
            "<iframe src=`"measured.html`" style=`"width:${Width}px;height:2000px;border:0`"></iframe>" +
            "<script>addEventListener('message', e => { document.getElementById('measured').textContent = e.data; });</script></body></html>")
        [System.Uri]::new($frame).AbsoluteUri
    }

    function Invoke-Browser([string[]] $Arguments) {
        $profileDir = Join-Path $TestDrive ('profile-' + [guid]::NewGuid())
        $all = @('--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', "--user-data-dir=$profileDir", '--enable-logging=stderr', '--v=0') + $Arguments
        $errorFile = Join-Path $TestDrive 'stderr.txt'
        $output = & $Browser.Source @all 2> $errorFile
        [pscustomobject]@{ Output = ($output -join "`n"); Errors = [System.IO.File]::ReadAllText($errorFile) }
    }
}

AfterAll {
    Remove-Module AiDocTools -ErrorAction SilentlyContinue
}

Describe 'The seeds report in a real browser' -Skip:$script:NoBrowser {
    It 'has a browser to run in' {
        $Browser | Should -Not -BeNullOrEmpty -Because '.ci/run installs Chromium from the distribution when it is missing'
    }

    It 'at <Width> px: every section is built, and no element reaches past the page' -ForEach @(@{ Width = 1280 }, @{ Width = 390 }) {
        $page = Invoke-Browser @('--virtual-time-budget=3000', '--dump-dom', [System.Uri]::new($Report).AbsoluteUri)
        foreach ($id in 'overview', 'who', 'time', 'entities', 'provenance') {
            $page.Output | Should -Match ('<section id="' + $id + '"')
        }
        $page.Output | Should -Match '<li class="quote"'
        $page.Output | Should -Match '<svg'
        $run = Invoke-Browser @('--window-size=1400,2100', '--virtual-time-budget=5000', '--dump-dom', (New-Frame $Width))
        $json = [regex]::Match($run.Output, '<pre id="measured">(?<j>.*?)</pre>').Groups['j'].Value
        $json | Should -Not -BeNullOrEmpty
        $measured = [System.Net.WebUtility]::HtmlDecode($json) | ConvertFrom-Json
        $measured.width | Should -Be $Width
        $measured.scroll | Should -BeLessOrEqual $measured.width
        @($measured.over) | Should -BeNullOrEmpty
    }

    It 'at <Width> px: a screenshot is kept as a build artefact' -ForEach @(@{ Width = 1280 }, @{ Width = 390 }) {
        $shot = Join-Path $Shots "seeds-report-$Width.png"
        Remove-Item -LiteralPath $shot -ErrorAction SilentlyContinue
        $null = Invoke-Browser @("--window-size=$Width,2400", "--screenshot=$shot", [System.Uri]::new($Report).AbsoluteUri)
        (Get-Item -LiteralPath $shot).Length | Should -BeGreaterThan 10000
    }

    It 'loads the page as written with no error in the console' {
        $run = Invoke-Browser @('--virtual-time-budget=3000', '--dump-dom', [System.Uri]::new($Report).AbsoluteUri)
        $run.Output | Should -Match '<section id="provenance"'
        $run.Errors | Should -Not -Match 'Refused to|Uncaught|CONSOLE\(\d+\).*(error|Error)'
    }
}
