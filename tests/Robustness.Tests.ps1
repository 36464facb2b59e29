#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Hostile and broken input on a pwsh machine: each class has one documented outcome, and the good file beside it
# always comes out. Mirrors tests/AiDocTools.PowerShell.Tests/BadInputTests.cs.

BeforeAll {
    $script:Manifest = Join-Path $PSScriptRoot '../artifacts/module/AiDocTools/AiDocTools.psd1'
    if (-not (Test-Path -LiteralPath $script:Manifest)) {
        throw "Build the module first (dotnet build): $script:Manifest is missing."
    }
    Import-Module $script:Manifest -Force
    $script:Good = "公開モデルの議論`n`nメタは2024年4月にLlama 3を公開した。`n`n研究者は「公開は安全性を高める」と述べた。`n"

    function script:Invoke-WithGood([string] $BadPath) {
        $good = Join-Path $TestDrive 'good.txt'
        [System.IO.File]::WriteAllText($good, $script:Good)
        $errors = $null
        $articles = @(Get-AiArticle -LiteralPath $BadPath, $good -ErrorVariable errors -ErrorAction SilentlyContinue)
        [pscustomobject]@{ Articles = $articles; Errors = @($errors) }
    }
}

AfterAll {
    Remove-Module AiDocTools -ErrorAction SilentlyContinue
}

Describe 'Bad input gives a named error and the rest of the pipeline goes on' {
    It '<Name> is <ErrorId>' -ForEach @(
        @{ Name = 'empty.txt'; Bytes = [byte[]]@(); ErrorId = 'ArticleEmpty' }
        @{ Name = 'whitespace.txt'; Bytes = [System.Text.Encoding]::UTF8.GetBytes(" `n`t`r`n　`n"); ErrorId = 'ArticleEmpty' }
        @{ Name = 'picture.txt'; Bytes = [byte[]]@(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13); ErrorId = 'ArticleBinary' }
        @{ Name = 'nul.txt'; Bytes = [byte[]]([System.Text.Encoding]::UTF8.GetBytes('本文です。') + [byte[]]@(0, 0, 0, 0) + [System.Text.Encoding]::UTF8.GetBytes('続き。')); ErrorId = 'ArticleBinary' }
        @{ Name = 'bomb.md'; Bytes = [System.Text.Encoding]::UTF8.GetBytes("---`na: &a [lol, lol]`nb: &b [*a, *a]`n---`n本文の段落です。`n"); ErrorId = 'ArticleMalformedFrontMatter' }
        @{ Name = 'types.md'; Bytes = [System.Text.Encoding]::UTF8.GetBytes("---`ntitle:`n  - a list`n---`n本文の段落です。`n"); ErrorId = 'ArticleMalformedFrontMatter' }
    ) {
        $bad = Join-Path $TestDrive $Name
        [System.IO.File]::WriteAllBytes($bad, $Bytes)
        $result = Invoke-WithGood $bad
        $result.Articles.Id | Should -Be 'good'
        $result.Errors.Count | Should -Be 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $result.Errors[0].TargetObject | Should -Be $bad
    }

    It 'refuses a file over the size cap without reading it' {
        $huge = Join-Path $TestDrive 'huge.txt'
        $stream = [System.IO.File]::Create($huge)
        try { $stream.SetLength(100MB) } finally { $stream.Dispose() }
        $result = Invoke-WithGood $huge
        $result.Articles.Id | Should -Be 'good'
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ArticleTooLarge,*'
        $result.Errors[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
    }

    It 'refuses HTML nested 50,000 levels deep without crashing' {
        $nested = Join-Path $TestDrive 'nested.html'
        [System.IO.File]::WriteAllText($nested, '<html><body>' + ('<div>' * 50000) + '<p>本文</p>' + ('</div>' * 50000) + '</body></html>')
        $result = Invoke-WithGood $nested
        $result.Articles.Id | Should -Be 'good'
        $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ArticleMalformedMarkup,*'
    }

    It 'keeps scripts, styles and event handlers out of the body' {
        $page = Join-Path $TestDrive 'scripted.html'
        [System.IO.File]::WriteAllText($page, '<html><head><title>安全</title><script>alert(1)</script></head><body><article><h1>安全</h1><p onclick="alert(2)">公開モデルは研究を加速させると研究者は述べた。この段落は本文である。</p><script>document.write(3)</script><p>二つ目の段落も十分な長さを持つ本文であり、記事の内容を伝えている。</p></article></body></html>')
        $article = Get-AiArticle -LiteralPath $page
        $article.Body | Should -Match '公開モデル'
        $article.Body | Should -Not -Match 'alert|document\.write'
    }

    It 'decodes UTF-16 without a byte-order mark' {
        $file = Join-Path $TestDrive 'utf16.txt'
        [System.IO.File]::WriteAllBytes($file, [System.Text.UnicodeEncoding]::new($false, $false).GetBytes($script:Good))
        (Get-AiArticle -LiteralPath $file).Body | Should -Match '安全性を高める'
    }

    It 'reads awkward file names by -LiteralPath' -ForEach @(
        @{ Name = 'with space.txt' }, @{ Name = 'bracket [1].txt' }, @{ Name = '日本語の名前.txt' }
    ) {
        $file = Join-Path $TestDrive $Name
        [System.IO.File]::WriteAllText($file, $script:Good)
        (Get-AiArticle -LiteralPath $file).Id | Should -Be ([System.IO.Path]::GetFileNameWithoutExtension($Name))
    }

    It 'ends on a symbolic link loop with -Recurse' -Skip:($IsWindows) {
        $loop = Join-Path $TestDrive 'loop'
        $inner = New-Item -ItemType Directory -Path (Join-Path $loop 'inner') -Force
        [System.IO.File]::WriteAllText((Join-Path $inner 'a.txt'), $script:Good)
        New-Item -ItemType SymbolicLink -Path (Join-Path $inner 'back') -Target $loop | Out-Null
        @(Get-AiArticle -LiteralPath $loop -Recurse).Id | Should -Be @('a')
    }

    It 'reports a file deleted between listing and reading, and reads the rest' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'deleting') -Force
        'a', 'b', 'c' | ForEach-Object { [System.IO.File]::WriteAllText((Join-Path $folder "$_.txt"), $script:Good) }
        $files = Get-ChildItem -LiteralPath $folder -Filter *.txt
        Remove-Item -LiteralPath (Join-Path $folder 'b.txt')
        $errors = $null
        $articles = @($files | Get-AiArticle -ErrorVariable errors -ErrorAction SilentlyContinue)
        $articles.Id | Sort-Object | Should -Be @('a', 'c')
        $errors.Count | Should -Be 1
        $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'reports a locked file as unreadable' {
        $locked = Join-Path $TestDrive 'locked.txt'
        [System.IO.File]::WriteAllText($locked, $script:Good)
        $holder = [System.IO.FileStream]::new($locked, 'Open', 'ReadWrite', 'None')
        try {
            $result = Invoke-WithGood $locked
            $result.Articles.Id | Should -Be 'good'
            $result.Errors[0].FullyQualifiedErrorId | Should -BeLike 'ArticleUnreadable,*'
        }
        finally {
            $holder.Dispose()
        }
    }
}
