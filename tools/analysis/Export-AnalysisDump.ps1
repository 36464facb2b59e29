<#
.SYNOPSIS
    Writes everything the module finds in a set of articles as JSON lines, to compare the analysis before and after a change.
.DESCRIPTION
    A change made for speed or for the code's shape must leave the output as it was. This writes, for every article, one
    line with its title, author, translator, published date, body and paragraph count, one line per claim (every field
    the scorers read, with its cue, entities and dates) and one line per event (unresolved ones too), then one line per
    entity of the whole set (unknown ones too). Run it on two builds and compare the files with cmp or diff.
    With no -Path it reads the project's corpus, the seeds and the saved pages in tests/corpus/html.
.EXAMPLE
    dotnet build AiDocTools.sln -v quiet; dotnet pwsh -NoProfile -File tools/analysis/Export-AnalysisDump.ps1 -OutFile before.jsonl
.EXAMPLE
    dotnet pwsh -NoProfile -File tools/analysis/Export-AnalysisDump.ps1 -OutFile pages.jsonl -Path '/tmp/pages/*.html'
#>
param(
    [Parameter(Mandatory)] [string] $OutFile,
    [string[]] $Path,
    [string] $Module = (Join-Path $PSScriptRoot '../../artifacts/module/AiDocTools/AiDocTools.psd1')
)

$ErrorActionPreference = 'Stop'
Import-Module $Module -Force
$repo = Join-Path $PSScriptRoot '../..'
$options = [System.Text.Json.JsonSerializerOptions]@{ Encoder = [System.Text.Encodings.Web.JavaScriptEncoder]::UnsafeRelaxedJsonEscaping }
function ConvertTo-Line($value) { [System.Text.Json.JsonSerializer]::Serialize($value, [System.Collections.Specialized.OrderedDictionary], $options) }

# The data files beside the saved pages (their ground truth) are not articles: the reader says so and goes on.
$articles = if ($Path) {
    @(Get-AiArticle -Path $Path -ErrorAction SilentlyContinue)
} else {
    @(Get-AiArticle -Path (Join-Path $repo 'tests/corpus/articles/*')) + @(Get-AiArticle) + @(Get-AiArticle -Path (Join-Path $repo 'tests/corpus/html/*') -ErrorAction SilentlyContinue)
}

$lines = foreach ($article in $articles) {
    ConvertTo-Line ([ordered]@{ Article = [System.IO.Path]::GetFileName([string]$article.Path); Title = [string]$article.Title; Author = [string]$article.Author; Translator = [string]$article.Translator; Published = [string]$article.Published; Body = [string]$article.Body; Paragraphs = $article.Paragraphs.Count })
    foreach ($claim in ($article | Get-AiClaim)) {
        ConvertTo-Line ([ordered]@{ Claim = $claim.Index; Kind = [string]$claim.Kind; Speaker = [string]$claim.Speaker; SpeakerAsWritten = [string]$claim.SpeakerAsWritten; Aliases = @($claim.SpeakerAliases); Quote = [string]$claim.Quote; Text = [string]$claim.Text; Cue = [string]$claim.Cue; Paragraph = $claim.Paragraph; Start = $claim.Start; Length = $claim.Length; Entities = @($claim.Entities); Dates = @($claim.Dates | ForEach-Object { [string]$_ }) })
    }
    foreach ($event in ($article | Get-AiEvent -IncludeUnresolved)) {
        ConvertTo-Line ([ordered]@{ Event = [string]$event.Expression; Date = [string]$event.Date; Kind = [string]$event.Kind; Resolved = [string]$event.Resolved; Start = $event.Start })
    }
}

$entities = $articles | Get-AiEntity -IncludeUnknown | ForEach-Object {
    ConvertTo-Line ([ordered]@{ Entity = [string]$_.Name; Kind = [string]$_.Kind; Aliases = @($_.Aliases); Articles = @($_.Articles) })
}

@($lines) + @($entities) | Set-Content -LiteralPath $OutFile -Encoding utf8
"$($articles.Count) articles, $(@($lines).Count) article, claim and event lines, $(@($entities).Count) entities"
