<#
.SYNOPSIS
    Builds, tests, installs and packages the AiDocTools module.
.DESCRIPTION
    Build assembles the ready-to-import module folder in artifacts/module/AiDocTools, and restores the pinned Pester
    module into artifacts/tools/Pester.
    Test builds, runs every xunit test (dotnet test), then the Pester suite in tests/ in a fresh pwsh of the same version
    as this one against the module just built. The browser tests' screenshots of the seeds' report (1280 and 390 px)
    are kept in artifacts/screenshots, and their paths printed. It prints the totals of both suites and ends with one
    line "N passed, N failed" summing them; it exits 1 when any test failed.
    Install builds in Release and puts the module folder on the first folder of $env:PSModulePath (the user's own),
    replacing whatever an earlier install left there.
    Package builds in Release and writes the module folder and a .nupkg for the PowerShell Gallery to artifacts/.
.EXAMPLE
    dotnet tool restore && dotnet pwsh -NoProfile -File build.ps1 -Task Test

    From a fresh clone with only the .NET SDK: the pinned pwsh (.config/dotnet-tools.json) runs every test.
.EXAMPLE
    ./build.ps1 -Task Install; Import-Module AiDocTools -Force
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Install', 'Package')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot
. (Join-Path $PSScriptRoot 'tests/PwshCommand.ps1')

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

# Totals of the xunit run, read from the TRX file each test project writes (one per project, named by the logger).
function Invoke-Xunit {
    $results = Join-Path $PSScriptRoot 'artifacts/test-results/xunit'
    if (Test-Path -LiteralPath $results) { Remove-Item -LiteralPath $results -Recurse -Force }
    & dotnet test AiDocTools.sln -c $Configuration --no-build --logger trx --results-directory $results | Out-Host
    $exitCode = $LASTEXITCODE
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($file in Get-ChildItem -LiteralPath $results -Filter *.trx -ErrorAction SilentlyContinue) {
        $counters = ([xml](Get-Content -LiteralPath $file.FullName -Raw)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        $skipped += [int]$counters.notExecuted
    }

    # A test host that crashed may leave no failed test behind, only its exit code.
    if ($exitCode -ne 0 -and $failed -eq 0) { $failed = 1 }
    [pscustomobject]@{ Passed = $passed; Failed = $failed; Skipped = $skipped }
}

# The Pester suite runs in a child pwsh, so the module's assembly is never loaded into the caller's session
# (where it would lock the file against the next build) and the Pester version is the pinned one whatever is installed.
function Invoke-PesterSuite {
    $pester = Join-Path $PSScriptRoot 'artifacts/tools/Pester/Pester.psd1'
    $summary = Join-Path $PSScriptRoot 'artifacts/test-results/pester.json'
    New-Item -ItemType Directory -Path (Split-Path $summary) -Force | Out-Null
    if (Test-Path -LiteralPath $summary) { Remove-Item -LiteralPath $summary -Force }
    $pwsh = @(Get-PwshCommand)
    $runner = Join-Path $PSScriptRoot 'tests/Invoke-PesterSuite.ps1'
    $leading = @($pwsh | Select-Object -Skip 1)
    & $pwsh[0] @leading -NoProfile -NonInteractive -File $runner -Pester $pester -Tests (Join-Path $PSScriptRoot 'tests') -Summary $summary | Out-Host
    if (-not (Test-Path -LiteralPath $summary)) {
        Write-Warning "The Pester run ended (exit code $LASTEXITCODE) without a summary."
        return [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 }
    }

    Get-Content -LiteralPath $summary -Raw | ConvertFrom-Json
}

# The browser tests write the seeds' report as Chromium renders it; the screenshots stay in artifacts/ after the run.
# Those of an earlier run go first, so a run without a browser leaves none rather than stale ones.
$Screenshots = Join-Path $PSScriptRoot 'artifacts/screenshots'

function Clear-Screenshots {
    if (Test-Path -LiteralPath $Screenshots) { Remove-Item -LiteralPath $Screenshots -Recurse -Force }
}

function Show-Screenshots {
    $shots = @(Get-ChildItem -LiteralPath $Screenshots -Filter *.png -ErrorAction SilentlyContinue | Sort-Object Name)
    if ($shots.Count -eq 0) {
        Write-Host 'Screenshots: none (no Chromium found, so the browser tests were skipped).'
    }
    else {
        Write-Host "Screenshots of the seeds' report, kept in $($Screenshots):"
        foreach ($shot in $shots) { Write-Host "  $($shot.FullName)" }
    }
}

function Format-Totals([string] $Name, $Totals) {
    $line = "$($Totals.Passed) passed, $($Totals.Failed) failed"
    if ($Totals.Skipped -gt 0) { $line += ", $($Totals.Skipped) skipped" }
    if ($Name) { "$($Name): $line" } else { $line }
}

switch ($Task) {
    'Build' {
        Invoke-Dotnet build AiDocTools.sln -c $Configuration
    }
    'Test' {
        Invoke-Dotnet build AiDocTools.sln -c $Configuration
        $xunit = Invoke-Xunit
        Clear-Screenshots
        $pester = Invoke-PesterSuite
        $total = [pscustomobject]@{
            Passed = $xunit.Passed + $pester.Passed
            Failed = $xunit.Failed + $pester.Failed
            Skipped = $xunit.Skipped + $pester.Skipped
        }
        Write-Host ''
        Show-Screenshots
        Write-Host (Format-Totals 'xunit' $xunit)
        Write-Host (Format-Totals 'Pester' $pester)
        Write-Host (Format-Totals '' $total)
        if ($total.Failed -gt 0) { exit 1 }
    }
    'Install' {
        Invoke-Dotnet build src/AiDocTools.PowerShell -c Release
        $modules = ($env:PSModulePath -split [System.IO.Path]::PathSeparator)[0]
        $target = Join-Path $modules 'AiDocTools'
        # Replace, never merge: Copy-Item onto an existing folder nests the new build inside the old one,
        # and the old one keeps loading.
        if (Test-Path -LiteralPath $target) { Remove-Item -LiteralPath $target -Recurse -Force }
        New-Item -ItemType Directory -Path $modules -Force | Out-Null
        Copy-Item -LiteralPath (Join-Path $PSScriptRoot 'artifacts/module/AiDocTools') -Destination $target -Recurse
        Write-Host "Installed AiDocTools in $target"
    }
    'Package' {
        Invoke-Dotnet build AiDocTools.sln -c Release
        Invoke-Dotnet pack src/AiDocTools.PowerShell -c Release --no-build
        Write-Host "Package and versioned module folder: $(Join-Path $PSScriptRoot 'artifacts/package')"
    }
}
