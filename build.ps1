<#
.SYNOPSIS
    Builds, tests and packages the AiDocTools module.
.DESCRIPTION
    Build assembles the ready-to-import module folder in artifacts/module/AiDocTools.
    Test runs every xunit test (dotnet test) and, when Pester 5 is installed, the Pester suite in tests/.
    Package builds in Release and writes the module folder and a .nupkg for the PowerShell Gallery to artifacts/.
.EXAMPLE
    ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

switch ($Task) {
    'Build' {
        Invoke-Dotnet build AiDocTools.sln -c $Configuration
    }
    'Test' {
        Invoke-Dotnet test AiDocTools.sln -c $Configuration
        if (Get-Module -ListAvailable -Name Pester | Where-Object Version -ge ([version]'5.0')) {
            $result = Invoke-Pester -Path (Join-Path $PSScriptRoot 'tests') -Output Detailed -PassThru
            if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester test(s) failed." }
        }
        else {
            Write-Warning 'Pester 5 is not installed; ran the xunit suites only. Install-Module Pester -MinimumVersion 5.0 to run tests/*.Tests.ps1.'
        }
    }
    'Package' {
        Invoke-Dotnet build AiDocTools.sln -c Release
        Invoke-Dotnet pack src/AiDocTools.PowerShell -c Release --no-build
        Write-Host "Package and versioned module folder: $(Join-Path $PSScriptRoot 'artifacts/package')"
    }
}
