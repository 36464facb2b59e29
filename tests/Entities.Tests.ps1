#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Get-AiEntity in real pwsh: cross-script lookup, filters, the user dictionary, views and completion.

BeforeAll {
    $script:Manifest = Join-Path $PSScriptRoot '../artifacts/module/AiDocTools/AiDocTools.psd1'
    if (-not (Test-Path -LiteralPath $script:Manifest)) {
        throw "Build the module first (dotnet build): $script:Manifest is missing."
    }
    Import-Module $script:Manifest -Force
    $script:English = Join-Path $TestDrive 'english.md'
    $script:Japanese = Join-Path $TestDrive 'japanese.txt'
    Set-Content -LiteralPath $script:English -Encoding utf8 -Value "# Open models`n`nMeta released Llama 3 in April 2024, Mark Zuckerberg said."
    Set-Content -LiteralPath $script:Japanese -Encoding utf8 -Value "オープンソースAIの行方`n`nメタは2024年4月にLlama 3.3を公開した。メタデータも公開された。`n`nザッカーバーグ氏とラジャニ氏は公開を主張した。"
}

AfterAll {
    Remove-Module AiDocTools -ErrorAction SilentlyContinue
}

Describe 'Get-AiEntity' {
    It 'is exported with help' {
        (Get-Command -Module AiDocTools).Name | Should -Contain 'Get-AiEntity'
        (Get-Help Get-AiEntity).Synopsis | Should -Not -BeNullOrEmpty
    }

    It 'finds an English mention by a Japanese alias, and a Japanese mention by the English name' {
        $fromJapanese = @(Get-AiArticle -LiteralPath $script:English | Get-AiEntity -Name 'ザッカーバーグ')
        $fromJapanese.Count | Should -Be 1
        $fromJapanese[0].Name | Should -Be 'Mark Zuckerberg'
        $fromJapanese[0].Aliases | Should -Be @('Mark Zuckerberg')

        $fromEnglish = @(Get-AiArticle -LiteralPath $script:Japanese | Get-AiEntity -Name 'Mark Zuckerberg')
        $fromEnglish.Count | Should -Be 1
        $fromEnglish[0].Aliases | Should -Contain 'ザッカーバーグ氏'
    }

    It 'counts メタ and Meta as one company and メタデータ as neither' {
        $meta = Get-AiArticle -LiteralPath $script:English, $script:Japanese | Get-AiEntity -Name Meta
        $meta.Mentions | Should -Be 2
        $meta.Articles | Sort-Object | Should -Be @('english', 'japanese')
    }

    It 'keeps Llama 3.3 apart from Llama 3' {
        $models = Get-AiArticle -LiteralPath $script:Japanese | Get-AiEntity -Type Model | Select-Object -ExpandProperty Name
        $models | Should -Contain 'Llama 3.3'
        $models | Should -Not -Contain 'Llama 3'
    }

    It 'lists names the dictionary lacks only with -IncludeUnknown' {
        (Get-AiArticle -LiteralPath $script:Japanese | Get-AiEntity | Where-Object { -not $_.Known }) | Should -BeNullOrEmpty
        $unknown = Get-AiArticle -LiteralPath $script:Japanese | Get-AiEntity -IncludeUnknown | Where-Object { -not $_.Known }
        $unknown.Name | Should -Contain 'ラジャニ'
    }

    It 'adds entities from -DictionaryPath and stops on a malformed file' {
        $dictionary = Join-Path $TestDrive 'mine.json'
        Set-Content -LiteralPath $dictionary -Encoding utf8 -Value '{ "entities": [ { "name": "Rajani", "type": "Person", "aliases": ["ラジャニ"] } ] }'
        (Get-AiArticle -LiteralPath $script:Japanese | Get-AiEntity -DictionaryPath $dictionary -Name Rajani).Known | Should -BeTrue
        $broken = Join-Path $TestDrive 'broken.json'
        Set-Content -LiteralPath $broken -Encoding utf8 -Value '{ "entities": ['
        { Get-AiEntity -DictionaryPath $broken -ErrorAction Stop } | Should -Throw -ErrorId 'EntityDictionaryUnreadable,AiDocTools.PowerShell.GetAiEntityCommand'
    }

    It 'counts a tier name only beside its owner' {
        $tiers = Join-Path $TestDrive 'tiers.txt'
        Set-Content -LiteralPath $tiers -Encoding utf8 -Value "料金の話`n`nOpenAIは月額200ドルのProプランを始めた。`n`n新しいProプランは高い。MacBook Proで試した。"
        $pro = @(Get-AiArticle -LiteralPath $tiers | Get-AiEntity -Name 'ChatGPT Pro')
        $pro.Count | Should -Be 1
        $pro[0].Mentions | Should -Be 1
        $pro[0].Aliases | Should -Be @('Pro')
    }

    It 'lists a titled paper once with its bracketed Japanese rendering, in the body or in front matter' {
        $title = 'Open Weights in Practice: Licences, Audits, and Trust'
        $rendering = '実践におけるオープンウェイト:ライセンス、監査、そして信頼'
        $text = Join-Path $TestDrive 'paper.txt'
        Set-Content -LiteralPath $text -Encoding utf8 -Value "$title`n`n($rendering)`n`n専務、この論文は何を言っているのですか。"
        $markdown = Join-Path $TestDrive 'paper.md'
        Set-Content -LiteralPath $markdown -Encoding utf8 -Value "---`ntitle: `"$title`"`n---`n`n($rendering)`n`n本文です。"
        foreach ($file in $text, $markdown) {
            $paper = @(Get-AiArticle -LiteralPath $file | Get-AiEntity -Type Publication -IncludeUnknown | Where-Object Name -eq $title)
            $paper.Count | Should -Be 1
            $paper[0].Known | Should -BeFalse
            $paper[0].Aliases | Should -Be @($title, $rendering)
        }
    }

    It 'formats as a table of Name, Type, Mentions and Articles' {
        $table = Get-AiEntity | Format-Table | Out-String
        $table | Should -Match 'Name\s+Type\s+Mentions\s+Articles'
    }

    It 'exports to JSON and CSV' {
        $json = Get-AiEntity | Select-Object Name, Type, Mentions | ConvertTo-Json | ConvertFrom-Json
        @($json).Count | Should -BeGreaterThan 10
        $csv = Join-Path $TestDrive 'entities.csv'
        Get-AiEntity | Select-Object Name, Mentions | Export-Csv -LiteralPath $csv -NoTypeInformation
        @(Import-Csv -LiteralPath $csv).Count | Should -Be @($json).Count
    }

    It 'completes entity names from any script' {
        $line = 'Get-AiEntity -Name ザッカー'
        $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
        $completions | Should -Contain "'Mark Zuckerberg'"
    }
}
