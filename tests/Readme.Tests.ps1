#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Every line of README.md's powershell blocks runs as written, so the README cannot drift from the module.
# Each block runs line by line in one fresh pwsh (as a reader types it into one session), in a copy of the clone, with a
# home, module path, data, config and cache folders of its own: the install line installs into that copy's module path,
# never the user's.

BeforeDiscovery {
    $readme = Get-Content -LiteralPath (Join-Path $PSScriptRoot '../README.md') -Encoding utf8
    $script:Blocks = [System.Collections.Generic.List[hashtable]]::new()
    $lines = $null
    for ($i = 0; $i -lt $readme.Count; $i++) {
        if ($null -eq $lines) {
            if ($readme[$i] -match '^```powershell\s*$') { $lines = [System.Collections.Generic.List[hashtable]]::new(); $first = $i + 2 }
        }
        elseif ($readme[$i] -match '^```\s*$') {
            $script:Blocks.Add(@{ StartLine = $first; Lines = $lines.ToArray() })
            $lines = $null
        }
        elseif ($readme[$i].Trim() -and -not $readme[$i].TrimStart().StartsWith('#')) {
            $lines.Add(@{ Number = $i + 1; Line = $readme[$i] })
        }
    }
}

# One copy of the clone and one home for the whole README, its blocks run in order, each in a fresh pwsh: a later block
# finds what an earlier one installed or wrote (the module on the module path, ./clips), as a reader coming back to it would.
BeforeAll {
    . (Join-Path $PSScriptRoot 'PwshCommand.ps1')
    $repo = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
    $root = Join-Path ([System.IO.Path]::GetTempPath()) ('aidoctools-readme-' + [guid]::NewGuid().ToString('N'))
    $clone = Join-Path $root 'clone'
    $homeFolder = Join-Path $root 'home'
    New-Item -ItemType Directory -Path $clone, $homeFolder -Force | Out-Null

    # The clone as committed or edited, without what a build leaves behind.
    $skip = 'bin', 'obj', 'artifacts', 'TestResults', '.git', '.vs', '.idea'
    $pending = [System.Collections.Generic.Queue[string]]::new()
    $pending.Enqueue($repo)
    while ($pending.Count -gt 0) {
        $folder = $pending.Dequeue()
        foreach ($item in Get-ChildItem -LiteralPath $folder -Force) {
            if ($item.PSIsContainer) {
                if ($item.Name -notin $skip) { $pending.Enqueue($item.FullName) }
                continue
            }

            $target = Join-Path $clone ([System.IO.Path]::GetRelativePath($repo, $item.FullName))
            New-Item -ItemType Directory -Path (Split-Path $target) -Force | Out-Null
            Copy-Item -LiteralPath $item.FullName -Destination $target
        }
    }

    $driver = Join-Path $root 'driver.ps1'
    Set-Content -LiteralPath $driver -Encoding utf8 -Value @'
param($LineFile, $ResultFile)
$results = foreach ($line in (Get-Content -LiteralPath $LineFile -Raw | ConvertFrom-Json)) {
$global:LASTEXITCODE = 0
$records = @()
$failure = $null
try {
    # Dot-sourced at the script's level: what one line defines, the next one sees, as in a session.
    $records = @(. ([scriptblock]::Create($line)) *>&1)
}
catch {
    $failure = $_ | Out-String
}

[pscustomobject]@{
    Line     = $line
    Errors   = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { $_ | Out-String }) + @($failure | Where-Object { $_ })
    ExitCode = $global:LASTEXITCODE
    Output   = ($records | Out-String -Width 200)
}
}
ConvertTo-Json -InputObject @($results) -Depth 4 | Set-Content -LiteralPath $ResultFile -Encoding utf8
'@

    # A fresh pwsh whose home and XDG folders are the temporary ones: its module path (recomputed, since
    # PSModulePath is removed) starts in them, the user's entity dictionary and the index cache are looked for
    # there. Packages come from the user's NuGet folder, so the install line's build downloads nothing new;
    # MSBuild and compiler servers are off, so nothing the build starts outlives the test.
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $script:Environment = @{
        HOME                          = $homeFolder
        XDG_DATA_HOME                 = Join-Path $homeFolder '.local/share'
        XDG_CONFIG_HOME               = Join-Path $homeFolder '.config'
        XDG_CACHE_HOME                = Join-Path $homeFolder '.cache'
        AIDOCTOOLS_CACHE              = Join-Path $homeFolder 'aidoctools-cache'
        NUGET_PACKAGES                = $packages
        DOTNET_NOLOGO                 = '1'
        DOTNET_CLI_TELEMETRY_OPTOUT   = '1'
        MSBUILDDISABLENODEREUSE       = '1'
        DOTNET_CLI_USE_MSBUILD_SERVER = '0'
        UseSharedCompilation          = 'false'
    }
    $script:Clone = $clone
    $script:Driver = $driver
    $script:Root = $root
    $script:ModulePath = Join-Path $homeFolder '.local/share/powershell/Modules'

    # Runs lines in one fresh pwsh in the copy; returns what each printed and whether it failed.
    function Invoke-ReadmeLines([string[]] $Text) {
        $lineFile = Join-Path $script:Root 'lines.json'
        $resultFile = Join-Path $script:Root 'results.json'
        Remove-Item -LiteralPath $resultFile -ErrorAction SilentlyContinue
        ConvertTo-Json -InputObject @($Text) | Set-Content -LiteralPath $lineFile -Encoding utf8
        $saved = @{}
        foreach ($name in @($script:Environment.Keys) + 'PSModulePath') { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
        $pwsh = @(Get-PwshCommand)
        $leading = @($pwsh | Select-Object -Skip 1)
        Push-Location -LiteralPath $script:Clone
        try {
            foreach ($name in $script:Environment.Keys) { [Environment]::SetEnvironmentVariable($name, $script:Environment[$name]) }
            [Environment]::SetEnvironmentVariable('PSModulePath', $null)
            $console = & $pwsh[0] @leading -NoProfile -NonInteractive -File $script:Driver -LineFile $lineFile -ResultFile $resultFile 2>&1 | Out-String
        }
        finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
            Pop-Location
        }

        if (-not (Test-Path -LiteralPath $resultFile)) { throw "The fresh pwsh ran no line to the end:`n$console" }
        @(Get-Content -LiteralPath $resultFile -Raw | ConvertFrom-Json)
    }
}

AfterAll {
    Remove-Item -LiteralPath $script:Root -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'README.md: the powershell block at line <StartLine>' -ForEach $script:Blocks -Skip:($IsWindows -or $PSVersionTable.PSEdition -ne 'Core') {
    BeforeAll {
        $script:Results = Invoke-ReadmeLines @($Lines | ForEach-Object { $_.Line })
    }

    It 'line <Number> runs without an error: <Line>' -ForEach $Lines {
        $index = [array]::IndexOf(@($Lines.Number), $Number)
        $script:Results.Count | Should -Be $Lines.Count
        $result = $script:Results[$index]
        $result.Line | Should -Be $Line
        $result.Errors | Should -BeNullOrEmpty -Because "the line should run cleanly; it printed:`n$($result.Output)"
        $result.ExitCode | Should -Be 0 -Because "a native command on the line should succeed; it printed:`n$($result.Output)"
    }
}

# After the blocks, one of which installed the module as the README says: running that install again replaces it.
Describe 'README.md: the install line' -Skip:($IsWindows -or $PSVersionTable.PSEdition -ne 'Core') {
    It 'is in a powershell block of the README' {
        Get-Content -LiteralPath (Join-Path $PSScriptRoot '../README.md') -Encoding utf8 | Should -Contain './build.ps1 -Task Install'
    }

    It 'installs again over an earlier install, replacing it rather than nesting inside it' {
        $installed = Join-Path $script:ModulePath 'AiDocTools'
        Test-Path -LiteralPath (Join-Path $installed 'AiDocTools.psd1') | Should -BeTrue -Because 'the README installs into the first folder of the module path'
        Set-Content -LiteralPath (Join-Path $installed 'left-from-an-earlier-build.txt') -Value 'stale'
        $again = Invoke-ReadmeLines @('./build.ps1 -Task Install', '(Get-Module -ListAvailable AiDocTools).ModuleBase')
        $again[0].Errors | Should -BeNullOrEmpty -Because $again[0].Output
        Test-Path -LiteralPath (Join-Path $installed 'left-from-an-earlier-build.txt') | Should -BeFalse
        Test-Path -LiteralPath (Join-Path $installed 'AiDocTools') | Should -BeFalse
        @($again[1].Output.Trim() -split "`n") | Should -Be @($installed)
    }
}
