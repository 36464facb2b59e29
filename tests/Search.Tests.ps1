#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Search-AiClaim as a user meets it, for machines with pwsh: run with build.ps1 -Task Test,
# or Invoke-Pester ./tests after `dotnet build`. tests/AiDocTools.PowerShell.Tests/SearchAiClaimTests.cs covers the same ground in xunit.

BeforeAll {
    $script:Manifest = Join-Path $PSScriptRoot '../artifacts/module/AiDocTools/AiDocTools.psd1'
    if (-not (Test-Path -LiteralPath $script:Manifest)) {
        throw "Build the module first (dotnet build): $script:Manifest is missing."
    }
    Import-Module $script:Manifest -Force
    $script:Sample = "オープンソースAIの行方`n`nメタは2024年4月にLlamaを公開した。`n`nグーグルはGemmaを公開した。`n`n研究者たちは「公開は安全性を高める」と述べた。`n"
    # The index cache goes to the test drive, never to the user's real cache.
    $script:SavedCache = $env:AIDOCTOOLS_CACHE
    $env:AIDOCTOOLS_CACHE = Join-Path $TestDrive 'cache'
}

AfterAll {
    $env:AIDOCTOOLS_CACHE = $script:SavedCache
    Remove-Module AiDocTools -ErrorAction SilentlyContinue
}

Describe 'Search-AiClaim' {
    It 'finds a two-character keyword in the seeds, best first, with the match marked' {
        $results = @(Search-AiClaim '著作')
        $results.Count | Should -BeGreaterThan 0
        $results[0].PSObject.TypeNames | Should -Contain 'AiDocTools.SearchResult'
        $results | ForEach-Object { $_.Snippet | Should -Match '«著作»' }
        $scores = $results.Score
        ($scores | Sort-Object -Descending) | Should -Be $scores
    }

    It 'keeps only attributed claims with -Speaker *' {
        $all = @(Search-AiClaim 'Llama')
        $attributed = @(Search-AiClaim 'Llama' -Speaker *)
        $attributed | ForEach-Object { $_.Speaker | Should -Not -BeNullOrEmpty }
        $attributed.Count | Should -Be @($all | Where-Object Speaker).Count
    }

    It 'ANDs words, ORs alternatives, excludes -words and matches phrases across katakana separators' {
        $file = Join-Path $TestDrive 'ja.txt'
        Set-Content -LiteralPath $file -Value $script:Sample -Encoding utf8
        (Get-AiArticle -LiteralPath $file | Search-AiClaim 'メタ OR グーグル 公開 -Gemma').Text | Should -Be 'メタは2024年4月にLlamaを公開した。'
        (Get-AiArticle -LiteralPath $file | Search-AiClaim '"オープン・ソース"').Snippet | Should -Be '«オープンソース»AIの行方'
    }

    It 'matches a regular expression with -Regex and rejects an invalid one' {
        @(Search-AiClaim '\d{4}年' -Regex).Count | Should -BeGreaterThan 0
        { Search-AiClaim '(unclosed' -Regex -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidRegex*'
    }

    It 'returns the best N with -First and sorts and exports like any object' {
        $two = @(Search-AiClaim 'AI' -First 2)
        $two.Count | Should -Be 2
        $csv = Join-Path $TestDrive 'results.csv'
        Search-AiClaim 'AI' -First 3 | Select-Object Score, ArticleId, Start, Length, Text | Export-Csv -LiteralPath $csv -NoTypeInformation
        @(Import-Csv -LiteralPath $csv).Count | Should -Be 3
    }

    It 'searches a folder through the index and never returns text that was edited away' {
        $clips = Join-Path $TestDrive 'clips'
        New-Item -ItemType Directory -Path $clips | Out-Null
        $file = Join-Path $clips 'a.txt'
        Set-Content -LiteralPath $file -Value '古い文には規制という語がある。' -Encoding utf8
        @(Search-AiClaim '規制' -Path $clips).Count | Should -Be 1
        Set-Content -LiteralPath $file -Value '新しい文は著作権だけを語る。' -Encoding utf8
        (Get-Item -LiteralPath $file).LastWriteTimeUtc = (Get-Date).ToUniversalTime().AddMinutes(1)
        @(Search-AiClaim '規制' -Path $clips).Count | Should -Be 0
        (Search-AiClaim '著作' -Path $clips).Text | Should -Be '新しい文は著作権だけを語る。'
        Test-Path -LiteralPath (Join-Path $env:AIDOCTOOLS_CACHE 'index') | Should -BeTrue
    }

    It 'finds the same claims through the index as in memory' {
        $set = Join-Path $TestDrive 'same'
        New-Item -ItemType Directory -Path $set | Out-Null
        Set-Content -LiteralPath (Join-Path $set 'ja.txt') -Value $script:Sample -Encoding utf8
        # The index ranks with Lucene's BM25 over its own terms: the same claims and snippets, scores of its own.
        $indexed = Search-AiClaim 'の' -LiteralPath $set | ForEach-Object { '{0}|{1}|{2}' -f $_.ArticleId, $_.Start, $_.Snippet } | Sort-Object
        $memory = Get-AiArticle -LiteralPath $set | Search-AiClaim 'の' | ForEach-Object { '{0}|{1}|{2}' -f $_.ArticleId, $_.Start, $_.Snippet } | Sort-Object
        @($indexed).Count | Should -BeGreaterThan 0
        $indexed | Should -Be $memory
    }

    It 'finds a speaker named in Latin letters by the kanji the article wrote, in memory and through the index' {
        $set = Join-Path $TestDrive 'kanji'
        New-Item -ItemType Directory -Path $set | Out-Null
        Set-Content -LiteralPath (Join-Path $set 'a.txt') -Value "評価の議論`n`n研究所の佐々木恵美子教授は「評価の公開が先だ」と述べた。`n" -Encoding utf8
        foreach ($found in @((Get-AiArticle -LiteralPath $set | Search-AiClaim '評価' -Speaker '佐々木*'), (Search-AiClaim '評価' -LiteralPath $set -Speaker '佐々木恵美子'))) {
            @($found).Count | Should -Be 1
            $found.Speaker | Should -BeExactly 'Emiko Sasaki'
        }
    }

    It 'has help with examples' {
        (Get-Help Search-AiClaim -Full).examples.example.Count | Should -BeGreaterOrEqual 2
    }
}
