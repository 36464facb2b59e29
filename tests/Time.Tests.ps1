#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Get-AiEvent in real pwsh: dates, relative dates, durations and the pipelines users build on them.

BeforeAll {
    $script:Manifest = Join-Path $PSScriptRoot '../artifacts/module/AiDocTools/AiDocTools.psd1'
    if (-not (Test-Path -LiteralPath $script:Manifest)) {
        throw "Build the module first (dotnet build): $script:Manifest is missing."
    }
    Import-Module $script:Manifest -Force
    # No date of its own: 先週 cannot be resolved; 過去20年間 is a length; the two absolute dates straddle 2010.
    $script:Undated = "オープンソースの歩み`n`n1999年10月にパネルが開かれた。`n`n先週、Metaは新しいモデルを公開した。`n`nプロジェクトは過去20年間で増えた。`n`n2024年4月にLlama 3が公開された。`n"
    $script:Clip = Join-Path $TestDrive 'clip.txt'
    Set-Content -LiteralPath $script:Clip -Value $script:Undated -Encoding utf8
}

AfterAll {
    Remove-Module AiDocTools -ErrorAction SilentlyContinue
}

Describe 'Get-AiEvent' {
    It 'is exported by the module' {
        (Get-Command -Module AiDocTools).Name | Should -Contain 'Get-AiEvent'
    }

    It 'emits only dated events by default' {
        $events = @(Get-AiArticle -LiteralPath $script:Clip | Get-AiEvent)
        $events.Count | Should -Be 2
        $events[0].PSObject.TypeNames | Should -Contain 'AiDocTools.TimelineEvent'
        ($events | ForEach-Object { $_.Date.ToString() }) | Should -Be @('1999-10', '2024-04')
        $events | ForEach-Object { $_.Resolved | Should -BeTrue }
    }

    It 'adds unresolved relative dates with -IncludeUnresolved' {
        $lastWeek = Get-AiArticle -LiteralPath $script:Clip | Get-AiEvent -IncludeUnresolved | Where-Object Expression -eq '先週'
        $lastWeek | Should -Not -BeNullOrEmpty
        $lastWeek.Resolved | Should -BeFalse
        $lastWeek.Date | Should -BeNullOrEmpty
        "$($lastWeek.Kind)" | Should -Be 'Relative'
    }

    It 'adds durations with their ISO length with -IncludeDurations' {
        $length = Get-AiArticle -LiteralPath $script:Clip | Get-AiEvent -IncludeDurations | Where-Object { "$($_.Kind)" -eq 'Duration' }
        @($length).Count | Should -Be 1
        $length.Expression | Should -Be '過去20年間'
        $length.Duration | Should -Be 'P20Y'
    }

    # -After/-Before mean "in or after"/"in or before" on every cmdlet: a month counts while any of it is on the right side.
    It 'filters with -After and -Before, in or after and in or before (<Arguments>)' -ForEach @(
        @{ Arguments = @{ After = 2010 }; Expected = '2024-04' }
        @{ Arguments = @{ After = '2024-03' }; Expected = '2024-04' }
        @{ Arguments = @{ Before = 2010 }; Expected = '1999-10' }
        @{ Arguments = @{ Before = '1999-11-01' }; Expected = '1999-10' }
        @{ Arguments = @{ After = [datetime]'1999-11-01' }; Expected = '2024-04' }
        @{ Arguments = @{ After = [datetime]'1999-10-31' }; Expected = @('1999-10', '2024-04') }
    ) {
        $dates = Get-AiArticle -LiteralPath $script:Clip | Get-AiEvent @Arguments | ForEach-Object { $_.Date.ToString() }
        $dates | Should -Be @($Expected)
    }

    It 'rejects a value for -After that is not a date' {
        { Get-AiArticle -LiteralPath $script:Clip | Get-AiEvent -After 'next tuesday' -ErrorAction Stop } |
            Should -Throw -ErrorId 'ParameterArgumentTransformationError,AiDocTools.PowerShell.GetAiEventCommand'
    }

    It 'resolves relative dates against the article date from front matter' {
        $file = Join-Path $TestDrive 'dated.md'
        Set-Content -LiteralPath $file -Value "---`ntitle: Dated`ndate: 2023-05-20`n---`n# Dated`n`n先週、Metaは新しいモデルを公開した。" -Encoding utf8
        $lastWeek = Get-AiArticle -LiteralPath $file | Get-AiEvent
        $lastWeek.Date.ToString() | Should -Be '2023-W19'
        $lastWeek.Anchor | Should -Match '2023-05-20'
    }

    It 'gives offsets that point at the expression in the Body' {
        $article = Get-AiArticle -LiteralPath $script:Clip
        $article | Get-AiEvent -IncludeUnresolved -IncludeDurations | ForEach-Object {
            $article.Body.Substring($_.Start, $_.Length) | Should -Be $_.Expression
        }
    }

    It 'sorts chronologically and exports to CSV and JSON' {
        $sorted = Get-AiEvent | Sort-Object Date
        for ($i = 1; $i -lt $sorted.Count; $i++) {
            $sorted[$i - 1].Date.Start | Should -BeLessOrEqual $sorted[$i].Date.Start
        }
        $csv = Join-Path $TestDrive 'events.csv'
        Get-AiEvent | Select-Object @{ n = 'Date'; e = { "$($_.Date)" } }, Kind, ArticleId, Summary | Export-Csv -LiteralPath $csv -NoTypeInformation
        @(Import-Csv -LiteralPath $csv).Count | Should -Be @(Get-AiEvent).Count
        (Get-AiEvent | Select-Object Expression, Kind | ConvertTo-Json | ConvertFrom-Json).Count | Should -Be @(Get-AiEvent).Count
    }

    It 'formats as a table with Date, Kind, ArticleId and Summary' {
        $table = Get-AiArticle -LiteralPath $script:Clip | Get-AiEvent | Format-Table | Out-String
        $table | Should -Match 'Date'
        $table | Should -Match 'Summary'
        $table | Should -Match '2024-04'
    }
}
