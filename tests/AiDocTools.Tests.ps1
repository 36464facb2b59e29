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
        # A folder of its own: the test drive is shared with the other tests of this block and holds their files.
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'piped') -Force
        Set-Content -LiteralPath (Join-Path $folder 'a.txt') -Value $script:Sample -Encoding utf8
        Set-Content -LiteralPath (Join-Path $folder 'b.md') -Value "# Heading`n`nMeta released Llama 3 in April 2024." -Encoding utf8
        $ids = Get-ChildItem -LiteralPath $folder -File | Get-AiArticle | ForEach-Object Id | Sort-Object
        $ids | Should -Be @('a', 'b')
    }

    It 'skips a folder piped from Get-ChildItem, saying so with -Verbose, and reads it under -Recurse' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'with-sub') -Force
        $sub = New-Item -ItemType Directory -Path (Join-Path $folder 'sub') -Force
        Set-Content -LiteralPath (Join-Path $folder 'a.txt') -Value $script:Sample -Encoding utf8
        Set-Content -LiteralPath (Join-Path $sub 'c.txt') -Value $script:Sample -Encoding utf8
        $verbose = Get-ChildItem -LiteralPath $folder | Get-AiArticle -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        (Get-ChildItem -LiteralPath $folder | Get-AiArticle).Id | Should -Be @('a')
        $verbose.Message -match [regex]::Escape($sub.FullName) | Should -Not -BeNullOrEmpty -Because 'one verbose line names the skipped folder'
        (Get-ChildItem -LiteralPath $folder -Recurse -File | Get-AiArticle).Id | Sort-Object | Should -Be @('a', 'c')
        # A folder given as an argument is still read, as -Path and -LiteralPath document.
        (Get-AiArticle -LiteralPath $folder -Recurse).Id | Sort-Object | Should -Be @('a', 'c')
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

Describe 'Help' {
    BeforeDiscovery {
        Import-Module (Join-Path $PSScriptRoot '../artifacts/module/AiDocTools/AiDocTools.psd1') -Force
        $script:Cmdlets = @((Get-Module AiDocTools).ExportedCmdlets.Keys | ForEach-Object { @{ Name = $_ } })
    }

    BeforeAll {
        $clips = Join-Path $TestDrive 'clips'
        New-Item -ItemType Directory -Path $clips -Force | Out-Null
        Set-Content -LiteralPath (Join-Path $clips 'open-models.md') -Encoding utf8 -Value "---`ntitle: Open models`ndate: 2024-04-18`n---`n# Open models`n`nMeta released Llama 3 in April 2024, Mark Zuckerberg said."
        Set-Content -LiteralPath (Join-Path $clips 'japanese.txt') -Encoding utf8 -Value $script:Sample
    }

    It '<Name> has full help: synopsis, description, two examples, every parameter' -ForEach $script:Cmdlets {
        $help = Get-Help $Name -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.description | Should -Not -BeNullOrEmpty
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
        $documented = @($help.parameters.parameter.name)
        $common = @([System.Management.Automation.PSCmdlet]::CommonParameters) + @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters)
        foreach ($parameter in (Get-Command $Name).Parameters.Keys | Where-Object { $_ -notin $common }) {
            $documented | Should -Contain $parameter
        }
    }

    It 'every example of <Name> runs without error' -ForEach $script:Cmdlets {
        Push-Location -LiteralPath $TestDrive
        try {
            foreach ($example in (Get-Help $Name -Full).examples.example) {
                $script = ($example.code -split "`n" | Where-Object { $_ -like 'PS> *' } | ForEach-Object { $_.Substring(4) }) -join "`n"
                $script | Should -Not -BeNullOrEmpty
                $errors = @(& ([scriptblock]::Create($script)) 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
                $errors.Count | Should -Be 0 -Because "the example '$script' should run cleanly ($($errors -join '; '))"
            }
        }
        finally {
            Pop-Location
        }
    }
}

Describe 'Errors' {
    It '-ErrorAction Stop turns a load failure into a terminating error' {
        { Get-AiArticle -LiteralPath (Join-Path $TestDrive 'missing.txt') -ErrorAction Stop } | Should -Throw
    }
}

Describe 'Dependency isolation' -Skip:($PSVersionTable.PSEdition -ne 'Core') {
    It 'works in a session that already loaded PowerShell''s own Markdig' {
        $file = Join-Path $TestDrive 'note.md'
        Set-Content -LiteralPath $file -Encoding utf8 -Value "---`ntitle: Front matter title`n---`n# Heading`n`nMeta released **Llama 3** in April 2024."
        . (Join-Path $PSScriptRoot 'PwshCommand.ps1')
        $pwsh = @(Get-PwshCommand)
        $leading = @($pwsh | Select-Object -Skip 1)
        $command = "`$null = ConvertFrom-Markdown -InputObject '# loaded first'; Import-Module '$script:Manifest'; (Get-AiArticle -LiteralPath '$file').Title"
        $title = & $pwsh[0] @leading -NoProfile -NonInteractive -Command $command
        $LASTEXITCODE | Should -Be 0
        $title | Should -Be 'Front matter title'
    }
}

Describe 'Views, completion and progress' {
    It 'gives every output type a table and a list view' {
        $types = Get-Command -Module AiDocTools | ForEach-Object { $_.OutputType.Name } | Where-Object { $_ -like 'AiDocTools.*' } | Sort-Object -Unique
        foreach ($type in $types) {
            $views = Get-FormatData -TypeName $type
            $views.FormatViewDefinition.Control | ForEach-Object { $_.GetType().Name } | Should -Contain 'TableControl' -Because "$type needs a table view"
            $views.FormatViewDefinition.Control | ForEach-Object { $_.GetType().Name } | Should -Contain 'ListControl' -Because "$type needs a list view"
        }
    }

    It 'completes <Line>' -ForEach @(
        @{ Line = 'Get-AiClaim -Speaker Zucker'; Expected = "'Mark Zuckerberg'" }
        @{ Line = 'Search-AiClaim open -Entity ザッカー'; Expected = "'Mark Zuckerberg'" }
        @{ Line = 'Export-AiTimeline -Format Merm'; Expected = 'Mermaid' }
        @{ Line = 'Get-AiArticle -Id 003'; Expected = '003_f786dcea75b7a6f6' }
    ) {
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText | Should -Contain $Expected
    }

    It 'reports progress while reading many files, and completes it' {
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'many') -Force
        1..200 | ForEach-Object { [System.IO.File]::WriteAllText((Join-Path $folder "a$_.txt"), $script:Sample) }
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddCommand('Import-Module').AddParameter('Name', $script:Manifest).AddStatement().AddCommand('Get-AiArticle').AddParameter('LiteralPath', $folder.FullName)
            $articles = $ps.Invoke()
            $articles.Count | Should -Be 200
            $ps.Streams.Progress.Count | Should -BeGreaterThan 0
            $ps.Streams.Progress.Count | Should -BeLessThan 100
            $ps.Streams.Progress[-1].RecordType | Should -Be 'Completed'
        }
        finally {
            $ps.Dispose()
        }
    }
}
