# Runs the Pester suite with the pinned Pester module and writes its totals as JSON; build.ps1 -Task Test starts it
# in a fresh pwsh, so neither Pester nor the module under test is loaded into the caller's session.
param(
    [Parameter(Mandatory)] [string] $Pester,
    [Parameter(Mandatory)] [string] $Tests,
    [Parameter(Mandatory)] [string] $Summary
)

$ErrorActionPreference = 'Stop'
# Help examples and other tests search folders through the index: it goes to a folder of this run, never to the
# user's own cache, and is removed afterwards.
$cache = Join-Path ([System.IO.Path]::GetTempPath()) ("aidoctools-pester-" + [guid]::NewGuid().ToString('N'))
$env:AIDOCTOOLS_CACHE = $cache
Import-Module -Name $Pester -Force
$configuration = New-PesterConfiguration
$configuration.Run.Path = $Tests
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Normal'
if ([Console]::IsOutputRedirected) { $configuration.Output.RenderMode = 'Plaintext' }
try {
    $result = Invoke-Pester -Configuration $configuration
}
finally {
    Remove-Item -LiteralPath $cache -Recurse -Force -ErrorAction SilentlyContinue
}

[pscustomobject]@{
    Passed  = $result.PassedCount
    # A BeforeAll that throws fails its block, not a test: it counts as a failure all the same.
    Failed  = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    Skipped = $result.SkippedCount + $result.NotRunCount
} | ConvertTo-Json | Set-Content -LiteralPath $Summary
