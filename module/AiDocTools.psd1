@{
    RootModule           = 'AiDocTools.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5f0c7d9e-2b7a-4f4e-9a51-3c8e6d1b2a47'
    Author               = 'AiDocTools contributors'
    CompanyName          = 'AiDocTools'
    Copyright            = '(c) AiDocTools contributors. MIT License.'
    Description          = 'Ask questions of collected articles about the AI debate (Japanese and English) from PowerShell: who said what, which claims mention what, and what happened when.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    TypesToProcess       = @('AiDocTools.types.ps1xml')
    FormatsToProcess     = @('AiDocTools.format.ps1xml')
    CmdletsToExport      = @(
        'Get-AiArticle'
        'Get-AiClaim'
        'Search-AiClaim'
        'Update-AiIndex'
        'Get-AiEvent'
        'Export-AiTimeline'
        'Get-AiEntity'
        'Export-AiReport'
        'ConvertTo-AiReport'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags = @('AI', 'Japanese', 'NLP', 'Articles', 'Timeline', 'Search', 'Quotes', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            # No ProjectUri or LicenseUri: the project has no public address yet, and the Gallery shows these as links.
            # The licence (MIT) is stated in Copyright and in the package's license expression.
        }
    }
}
