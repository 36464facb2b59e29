#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Export-AiTimeline in a real pwsh session: the document to the pipeline, files written safely, every format readable.
# The xunit engine tests (ExportAiTimelineTests) cover the same ground where pwsh is absent.

BeforeAll {
    $script:Manifest = Join-Path $PSScriptRoot '../artifacts/module/AiDocTools/AiDocTools.psd1'
    if (-not (Test-Path -LiteralPath $script:Manifest)) {
        throw "Build the module first (dotnet build): $script:Manifest is missing."
    }
    Import-Module $script:Manifest -Force
    $script:Sample = "オープンソースAIの行方`n`nメタは2024年4月にLlama 3を公開した。`n`n研究者たちは「公開は安全性を高める」と述べた。`n"

    # Events made by hand, through the module's own types: they live in the module's load context,
    # so they are reached from an object the module emitted rather than by type name.
    $script:Core = (Get-AiArticle | Select-Object -First 1).GetType().Assembly
    function script:New-TestEvent([string] $Date, [string] $Summary, [string] $ArticleId = 'a') {
        $partialDate = $script:Core.GetType('AiDocTools.PartialDate')
        $timelineEvent = $script:Core.CreateInstance('AiDocTools.TimelineEvent')
        $timelineEvent.Date = $partialDate::Parse($Date)
        $timelineEvent.Summary = $Summary
        $timelineEvent.Sentence = $Summary
        $timelineEvent.ArticleId = $ArticleId
        $timelineEvent.Resolved = $true
        $timelineEvent
    }
}

AfterAll {
    Remove-Module AiDocTools -ErrorAction SilentlyContinue
}

Describe 'Export-AiTimeline to the pipeline' {
    It 'writes the timeline of piped articles as one JSON string' {
        $json = @(Get-AiArticle | Export-AiTimeline -Format Json)
        $json.Count | Should -Be 1
        $json[0] | Should -BeOfType [string]
        ($json[0] | ConvertFrom-Json).PSObject.Properties.Name | Should -Contain 'entries'
    }

    It 'uses the seed articles when nothing is piped' {
        $markdown = Export-AiTimeline
        $markdown | Should -BeLike '# Timeline*'
    }

    It 'orders entries chronologically and merges one event reported by two articles' {
        $events = @(
            (New-TestEvent '2024-04' 'Meta released Llama 3' 'b'),
            (New-TestEvent '2000-01-10' 'IBM backs Linux' 'a'),
            (New-TestEvent '2024-04' 'Meta released Llama 3.' 'c')
        )
        $document = $events | Export-AiTimeline -Format Json | ConvertFrom-Json
        @($document.entries.date) | Should -Be @('2000-01-10', '2024-04')
        @($document.entries[1].sources.articleId) | Should -Be @('b', 'c')
    }

    It 'leaves durations and unresolved relative dates out' {
        $unresolved = New-TestEvent '2024' 'Last week'
        $unresolved.Kind = 'Relative'
        $unresolved.Resolved = $false
        $duration = New-TestEvent '2024' 'For twenty years'
        $duration.Kind = 'Duration'
        $document = $unresolved, $duration, (New-TestEvent '2024' 'Kept') | Export-AiTimeline -Format Json | ConvertFrom-Json
        @($document.entries.headline) | Should -Be @('Kept')
    }

    It 'makes an article''s script inert in HTML' {
        $html = New-TestEvent '2024' '<script>alert(1)</script><img src=x onerror="alert(2)">' | Export-AiTimeline -Format Html
        $html | Should -Not -Match '<script'
        $html | Should -Not -Match '<img'
        $html | Should -Match '&lt;script&gt;alert\(1\)&lt;/script&gt;'
    }

    It 'escapes Mermaid''s special characters' {
        $mermaid = New-TestEvent '2024-04' 'a: b # c; 50%' | Export-AiTimeline -Format Mermaid
        $line = ($mermaid -split "`n") | Where-Object { $_ -like '*2024-04 : *' }
        $line | Should -Not -BeNullOrEmpty
        $line.Substring($line.IndexOf('2024-04 : ') + '2024-04 : '.Length) -replace '#[0-9]+;', '' | Should -Not -Match '[:#;%]'
    }

    It 'writes TimelineJS dates at their precision' {
        $document = New-TestEvent '2000-01-10' 'IBM backs Linux' | Export-AiTimeline -Format TimelineJs | ConvertFrom-Json
        $document.events[0].start_date.year | Should -Be 2000
        $document.events[0].start_date.month | Should -Be 1
        $document.events[0].start_date.day | Should -Be 10
        $document.events[0].text.headline | Should -Be 'IBM backs Linux'
    }
}

Describe 'Export-AiTimeline to a file' {
    BeforeEach {
        $script:Target = Join-Path $TestDrive 'timeline.md'
        Remove-Item -LiteralPath $script:Target -ErrorAction SilentlyContinue
    }

    It 'writes the file, relative to the current location' {
        Push-Location -LiteralPath $TestDrive
        try {
            New-TestEvent '2024-04' 'Meta released Llama 3' | Export-AiTimeline -Path ./timeline.md | Should -BeNullOrEmpty
        }
        finally {
            Pop-Location
        }
        $text = Get-Content -LiteralPath $script:Target -Raw -Encoding utf8
        $text | Should -BeLike '# Timeline*'
        $text | Should -Match '## 2024-04'
        @(Get-ChildItem -LiteralPath $TestDrive -Filter '*.tmp' -Force).Count | Should -Be 0
    }

    It '-WhatIf writes nothing' {
        Get-AiArticle | Export-AiTimeline -Path $script:Target -WhatIf
        Test-Path -LiteralPath $script:Target | Should -BeFalse
    }

    It 'refuses to overwrite without -Force, leaving the file byte for byte' {
        $original = [byte[]](0xEF, 0xBB, 0xBF, 0x6B, 0x65, 0x65, 0x70, 0x0D, 0x0A)
        [System.IO.File]::WriteAllBytes($script:Target, $original)
        $passed = New-TestEvent '2024' 'x' | Export-AiTimeline -Path $script:Target -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue
        $passed | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'TimelineFileExists,*'
        $failures[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $failures[0].TargetObject | Should -Be $script:Target
        [System.Convert]::ToBase64String([System.IO.File]::ReadAllBytes($script:Target)) | Should -Be ([System.Convert]::ToBase64String($original))
    }

    It 'is a terminating error with -ErrorAction Stop' {
        Set-Content -LiteralPath $script:Target -Value 'old'
        { New-TestEvent '2024' 'x' | Export-AiTimeline -Path $script:Target -ErrorAction Stop } | Should -Throw
        Get-Content -LiteralPath $script:Target | Should -Be 'old'
    }

    It 'overwrites with -Force' {
        Set-Content -LiteralPath $script:Target -Value 'old'
        New-TestEvent '2023-06-02' 'Replaced' | Export-AiTimeline -Path $script:Target -Force
        Get-Content -LiteralPath $script:Target -Raw | Should -Match '## 2023-06-02'
    }

    It '-PassThru emits the events on the timeline, in its order' {
        $events = (New-TestEvent '2024' 'Later'), (New-TestEvent '1999-H2' 'Earlier') | Export-AiTimeline -Path $script:Target -PassThru
        @($events.Summary) | Should -Be @('Earlier', 'Later')
        $events[0].PSObject.TypeNames | Should -Contain 'AiDocTools.TimelineEvent'
    }

    It 'writes a CSV that Import-Csv reads back with commas, quotes and line breaks intact' {
        $csv = Join-Path $TestDrive 'timeline.csv'
        $summary = "Revenue, they said, was `"up`"`nand that was that"
        New-TestEvent '2024-04' $summary | Export-AiTimeline -Format Csv -LiteralPath $csv -Force
        $rows = @(Import-Csv -LiteralPath $csv)
        $rows.Count | Should -Be 1
        $rows[0].Headline | Should -Be $summary
        $rows[0].Date | Should -Be '2024-04'
    }

    It 'takes [ and ] literally with -LiteralPath' {
        $file = Join-Path $TestDrive 'time[1].json'
        Get-AiArticle | Export-AiTimeline -Format Json -LiteralPath $file -Force
        Test-Path -LiteralPath $file | Should -BeTrue
    }

    It 'reports a missing folder as an error and creates nothing' {
        $missing = Join-Path $TestDrive 'missing/timeline.md'
        New-TestEvent '2024' 'x' | Export-AiTimeline -Path $missing -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Test-Path -LiteralPath (Join-Path $TestDrive 'missing') | Should -BeFalse
    }
}
