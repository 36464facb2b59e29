#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The user-visible behaviour of the module, for machines with pwsh: run with build.ps1 -Task Test,
# or Invoke-Pester ./tests after `dotnet build`. The xunit engine tests cover the same ground where pwsh is absent.

BeforeAll {
    $script:Manifest = Join-Path $PSScriptRoot '../artifacts/module/AiDocTools/AiDocTools.psd1'
    if (-not (Test-Path -LiteralPath $script:Manifest)) {
        throw "Build the module first (dotnet build): $script:Manifest is missing."
    }
    Import-Module $script:Manifest -Force
    $script:Sample = "オープンソースAIの行方`n`nメタは2024年4月にLlama 3を公開した。`n`n研究者たちは「公開は安全性を高める」と述べた。`n"
}

AfterAll {
    Remove-Module AiDocTools -ErrorAction SilentlyContinue
}

Describe 'The AiDocTools module' {
    It 'imports from its manifest and exports Get-AiArticle' {
        (Get-Command -Module AiDocTools).Name | Should -Contain 'Get-AiArticle'
    }
}

Describe 'Get-AiArticle' {
    It 'lists the five bundled seed articles without a path' {
        $articles = @(Get-AiArticle)
        $articles.Count | Should -Be 5
        $articles[0].PSObject.TypeNames | Should -Contain 'AiDocTools.Article'
        $articles | ForEach-Object { $_.Body | Should -Not -BeNullOrEmpty }
    }

    It 'pipes into Sort-Object, ConvertTo-Json and Export-Csv' {
        $sorted = Get-AiArticle | Sort-Object CharCount -Descending
        $sorted[0].CharCount | Should -BeGreaterOrEqual $sorted[-1].CharCount
        (Get-AiArticle | Select-Object Id, Title, Language | ConvertTo-Json | ConvertFrom-Json).Count | Should -Be 5
        $csv = Join-Path $TestDrive 'articles.csv'
        Get-AiArticle | Select-Object Id, Language | Export-Csv -LiteralPath $csv -NoTypeInformation
        @(Import-Csv -LiteralPath $csv).Count | Should -Be 5
    }

    It 'reads files piped from Get-ChildItem' {
        Set-Content -LiteralPath (Join-Path $TestDrive 'a.txt') -Value $script:Sample -Encoding utf8
        Set-Content -LiteralPath (Join-Path $TestDrive 'b.md') -Value "# Heading`n`nMeta released Llama 3 in April 2024." -Encoding utf8
        $ids = Get-ChildItem -LiteralPath $TestDrive -File | Get-AiArticle | ForEach-Object Id | Sort-Object
        $ids | Should -Be @('a', 'b')
    }

    It 'reads a name with wildcard characters through -LiteralPath' {
        $file = Join-Path $TestDrive 'clip [1].txt'
        Set-Content -LiteralPath $file -Value $script:Sample -Encoding utf8
        (Get-AiArticle -LiteralPath $file).Id | Should -Be 'clip [1]'
    }

    It 'writes a non-terminating error for a missing file and still reads the others' {
        $good = Join-Path $TestDrive 'good.txt'
        Set-Content -LiteralPath $good -Value $script:Sample -Encoding utf8
        $articles = Get-AiArticle -Path (Join-Path $TestDrive 'missing.txt'), $good -ErrorVariable failures -ErrorAction SilentlyContinue
        @($articles).Count | Should -Be 1
        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'names the file in errors for empty and binary files' {
        $empty = Join-Path $TestDrive 'empty.txt'
        [System.IO.File]::WriteAllBytes($empty, [byte[]]@())
        $binary = Join-Path $TestDrive 'image.txt'
        [System.IO.File]::WriteAllBytes($binary, [byte[]](0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13))
        $null = Get-AiArticle -LiteralPath $empty, $binary -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 2
        $failures[0].TargetObject | Should -Be $empty
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ArticleEmpty,*'
        $failures[1].FullyQualifiedErrorId | Should -BeLike 'ArticleBinary,*'
    }

    It 'decodes Shift_JIS and UTF-16 files' {
        if ($PSVersionTable.PSEdition -eq 'Core') {
            [System.Text.Encoding]::RegisterProvider([System.Text.CodePagesEncodingProvider]::Instance)
        }
        foreach ($name in 'shift_jis', 'utf-16') {
            $encoding = [System.Text.Encoding]::GetEncoding($name)
            $file = Join-Path $TestDrive "$name.txt"
            [System.IO.File]::WriteAllBytes($file, $encoding.GetPreamble() + $encoding.GetBytes($script:Sample))
            (Get-AiArticle -LiteralPath $file).Body | Should -Match '公開は安全性を高める'
        }
    }
}
