# Dot-sourced by build.ps1 and the Pester suite: how to start a fresh pwsh of the same version as the running one.

function Get-PwshCommand {
    <#
    .SYNOPSIS
        The executable and leading arguments that start the pwsh running this script afresh.
    .DESCRIPTION
        The pinned dotnet local tool (`dotnet pwsh`) runs as `dotnet <PSHOME>/pwsh.dll`, so the process path alone names
        dotnet, not pwsh; an installed pwsh is its own executable.
    #>
    $executable = [System.Environment]::ProcessPath
    if ([System.IO.Path]::GetFileNameWithoutExtension($executable) -eq 'dotnet') {
        return @($executable, (Join-Path $PSHOME 'pwsh.dll'))
    }

    return @($executable)
}
