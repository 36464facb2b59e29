#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# tools/analysis/Export-AnalysisDump.ps1, the before-and-after check of a change that must not change the output.

BeforeAll {
    . (Join-Path $PSScriptRoot 'PwshCommand.ps1')
    $script:Tool = Join-Path $PSScriptRoot '../tools/analysis/Export-AnalysisDump.ps1'
    $script:Pwsh = @(Get-PwshCommand)
    $script:Clip = Join-Path $TestDrive 'clip.md'
    Set-Content -LiteralPath $script:Clip -Encoding utf8 -Value "# 重み公開を巡る議論`n`n2024年4月18日、Metaの山中理事長は「重みの公開は研究を速める」と述べた。`n`nThe company said on Tuesday that it would keep its weights closed.`n"
}

Describe 'Export-AnalysisDump' {
    It 'writes the article, its claims, its events and the entities, the same on every run' {
        $first = Join-Path $TestDrive 'first.jsonl'
        $second = Join-Path $TestDrive 'second.jsonl'
        & $script:Pwsh[0] @($script:Pwsh | Select-Object -Skip 1) -NoProfile -File $script:Tool -OutFile $first -Path $script:Clip | Out-Null
        $LASTEXITCODE | Should -Be 0
        & $script:Pwsh[0] @($script:Pwsh | Select-Object -Skip 1) -NoProfile -File $script:Tool -OutFile $second -Path $script:Clip | Out-Null

        $lines = @(Get-Content -LiteralPath $first -Encoding utf8 | ForEach-Object { $_ | ConvertFrom-Json })
        @($lines | Where-Object { $_.PSObject.Properties.Name -contains 'Article' }).Count | Should -Be 1
        $quote = $lines | Where-Object { $_.PSObject.Properties.Name -contains 'Claim' -and $_.Quote -eq '重みの公開は研究を速める' }
        $quote | Should -Not -BeNullOrEmpty
        $quote.Dates | Should -Contain '2024-04-18'
        ($lines | Where-Object { $_.PSObject.Properties.Name -contains 'Event' }).Date | Should -Contain '2024-04-18'
        @($lines | Where-Object { $_.PSObject.Properties.Name -contains 'Entity' }).Count | Should -BeGreaterThan 0
        (Get-FileHash -LiteralPath $first).Hash | Should -Be (Get-FileHash -LiteralPath $second).Hash
    }

    It 'fails with an error, not an empty file, when the module is not built' {
        $out = Join-Path $TestDrive 'none.jsonl'
        & $script:Pwsh[0] @($script:Pwsh | Select-Object -Skip 1) -NoProfile -File $script:Tool -OutFile $out -Path $script:Clip -Module (Join-Path $TestDrive 'missing/AiDocTools.psd1') 2>$null | Out-Null
        $LASTEXITCODE | Should -Not -Be 0
        Test-Path -LiteralPath $out | Should -BeFalse
    }
}
