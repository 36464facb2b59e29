#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Get-AiClaim as a pwsh user sees it: claims from piped articles, speakers, kinds and offsets into the Body.

BeforeAll {
    $script:Manifest = Join-Path $PSScriptRoot '../artifacts/module/AiDocTools/AiDocTools.psd1'
    if (-not (Test-Path -LiteralPath $script:Manifest)) {
        throw "Build the module first (dotnet build): $script:Manifest is missing."
    }
    Import-Module $script:Manifest -Force
    $script:Interview = "オープンモデルをめぐる議論`n`n山田花子氏は新しいモデルを公開した。`n`n「公開は技術革新を加速する」と山田花子氏は述べた。同氏は、規制は慎重であるべきだと主張した。`n`n調査会社の報告によると、利用者は倍増した。`n"
    $script:InterviewFile = Join-Path $TestDrive 'interview.txt'
    Set-Content -LiteralPath $script:InterviewFile -Value $script:Interview -Encoding utf8
}

AfterAll {
    Remove-Module AiDocTools -ErrorAction SilentlyContinue
}

Describe 'Get-AiClaim' {
    It 'is exported by the module' {
        (Get-Command -Module AiDocTools).Name | Should -Contain 'Get-AiClaim'
    }

    It 'emits AiDocTools.Claim objects whose offsets point into the article Body' {
        $article = Get-AiArticle -Id '001*'
        $claims = @($article | Get-AiClaim)
        $claims.Count | Should -BeGreaterThan 5
        $claims[0].PSObject.TypeNames | Should -Contain 'AiDocTools.Claim'
        foreach ($claim in $claims) {
            $article.Body.Substring($claim.Start, $claim.Length) | Should -BeExactly $claim.Text
        }
    }

    It 'attributes quotations and reported speech to their speakers' {
        $claims = @(Get-AiArticle -LiteralPath $script:InterviewFile | Get-AiClaim)
        ($claims | ForEach-Object { [string]$_.Kind }) | Should -Be @('Assertion', 'Assertion', 'DirectQuote', 'ReportedSpeech', 'ReportedSpeech')
        $claims[2].Quote | Should -BeExactly '公開は技術革新を加速する'
        $claims[2].SpeakerAsWritten | Should -BeExactly '山田花子氏'
        $claims[3].SpeakerAsWritten | Should -BeExactly '同氏'
        $claims[3].Speaker | Should -BeExactly 'Hanako Yamada'   # the IPADIC reading, given name first
        $claims[3].SpeakerAliases | Should -Contain '山田花子'
        $claims[4].Cue | Should -BeExactly 'によると'
    }

    It 'filters by speaker with wildcards, as written or by name' {
        @(Get-AiArticle -LiteralPath $script:InterviewFile | Get-AiClaim -Speaker '山田*').Count | Should -Be 2
        @(Get-AiArticle -LiteralPath $script:InterviewFile | Get-AiClaim -Speaker 'Hanako Yamada').Count | Should -Be 2
        @(Get-AiArticle -LiteralPath $script:InterviewFile | Get-AiClaim -Speaker '同氏').Count | Should -Be 1
        @(Get-AiArticle -LiteralPath $script:InterviewFile | Get-AiClaim -Speaker 'Nobody*').Count | Should -Be 0
    }

    It 'filters by one or more kinds' {
        @(Get-AiArticle -LiteralPath $script:InterviewFile | Get-AiClaim -Kind ReportedSpeech).Count | Should -Be 2
        @(Get-AiArticle -LiteralPath $script:InterviewFile | Get-AiClaim -Kind DirectQuote, ReportedSpeech).Count | Should -Be 3
    }

    It 'rejects an unknown kind' {
        { Get-AiClaim -Kind Rumour -ErrorAction Stop } | Should -Throw
    }

    It 'uses the seed articles when nothing is piped' {
        @(Get-AiClaim -Kind DirectQuote | ForEach-Object ArticleId | Sort-Object -Unique).Count | Should -BeGreaterOrEqual 2
    }

    It 'pipes into Sort-Object, Group-Object and ConvertTo-Json' {
        $groups = Get-AiClaim -Kind DirectQuote, ReportedSpeech | Group-Object Speaker | Sort-Object Count -Descending
        $groups[0].Count | Should -BeGreaterOrEqual $groups[-1].Count
        $json = Get-AiArticle -LiteralPath $script:InterviewFile | Get-AiClaim | Select-Object Kind, Speaker, Text | ConvertTo-Json | ConvertFrom-Json
        @($json).Count | Should -Be 5
    }
}
