using System.Linq;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    public sealed class GetAiEntityTests : System.IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        [Fact]
        public void AJapaneseAliasFindsTheEntityWrittenInEnglishAndBack()
        {
            var english = _folder.Write("english.md", "# Open models\n\nMeta released Llama 3 in April 2024, Mark Zuckerberg said.\n");
            var japanese = _folder.Write("japanese.txt", "オープンソースAIの行方\n\nメタは2024年4月にLlama 3を公開した。\n\nザッカーバーグ氏は公開を主張した。\n");

            var fromJapanese = _session.Run($"Get-AiArticle -LiteralPath '{english}' | Get-AiEntity -Name 'ザッカーバーグ'");
            Assert.Empty(fromJapanese.Errors);
            var zuckerberg = Assert.Single(fromJapanese.Output);
            Assert.Equal("Mark Zuckerberg", zuckerberg.Text("Name"));
            Assert.Equal(new[] { "Mark Zuckerberg" }, ((System.Collections.IEnumerable)zuckerberg.Properties["Aliases"].Value).Cast<object>().Select(o => o.ToString()).ToArray());
            Assert.Equal(new[] { "english" }, ((System.Collections.IEnumerable)zuckerberg.Properties["Articles"].Value).Cast<object>().Select(o => o.ToString()).ToArray());

            var fromEnglish = _session.Run($"Get-AiArticle -LiteralPath '{japanese}' | Get-AiEntity -Name 'Mark Zuck*'");
            var japaneseZuckerberg = Assert.Single(fromEnglish.Output);
            Assert.Equal("Mark Zuckerberg", japaneseZuckerberg.Text("Name"));
            Assert.Contains("ザッカーバーグ氏", ((System.Collections.IEnumerable)japaneseZuckerberg.Properties["Aliases"].Value).Cast<object>().Select(o => o.ToString()));

            var meta = Assert.Single(_session.Run($"Get-AiArticle -LiteralPath '{english}', '{japanese}' | Get-AiEntity -Name メタ").Output);
            Assert.Equal("Meta", meta.Text("Name"));
            Assert.Equal(2, meta.Get<int>("Mentions"));
            Assert.Equal(new[] { "Meta", "メタ" }, ((System.Collections.IEnumerable)meta.Properties["Aliases"].Value).Cast<object>().Select(o => o.ToString()).ToArray());
        }

        [Fact]
        public void TypeAndUnknownFilters()
        {
            var file = _folder.Write("a.txt", "研究責任者のラジャニ氏は、Llama 3.3とGPT-4oを比べた。メタデータは公開された。\n");
            var models = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Get-AiEntity -Type Model | ForEach-Object {{ $_.Name }}");
            Assert.Equal(new[] { "GPT-4o", "Llama 3.3" }, models.Output.Select(o => o.ToString()).OrderBy(n => n).ToArray());

            var all = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Get-AiEntity").Output;
            Assert.DoesNotContain(all, e => e.Text("Name") == "Meta" || e.Text("Name") == "Llama 3");
            Assert.All(all, e => Assert.True(e.Get<bool>("Known")));

            var unknown = _session.Run($"Get-AiArticle -LiteralPath '{file}' | Get-AiEntity -IncludeUnknown | Where-Object {{ -not $_.Known }}").Output;
            var rajani = Assert.Single(unknown);
            Assert.Equal("ラジャニ", rajani.Text("Name"));
            Assert.Equal("Person", rajani.Text("Type"));
        }

        [Fact]
        public void DictionaryPathAddsEntitiesAndABadFileStopsWithAnError()
        {
            var article = _folder.Write("a.txt", "こんばんは、榊正宗です。\n");
            var dictionary = _folder.Write("mine.json", "{ \"entities\": [ { \"name\": \"Masamune Sakaki\", \"type\": \"Person\", \"aliases\": [\"榊正宗\"] } ] }");
            var result = _session.Run($"Get-AiArticle -LiteralPath '{article}' | Get-AiEntity -DictionaryPath '{dictionary}'");
            Assert.Equal("Masamune Sakaki", Assert.Single(result.Output).Text("Name"));

            var broken = _folder.Write("broken.json", "{ \"entities\": [ { \"name\": \"X\", \"type\": \"Planet\" } ] }");
            var failed = _session.Run($"Get-AiEntity -DictionaryPath '{broken}'");
            Assert.Empty(failed.Output);
            var error = Assert.Single(failed.Errors);
            Assert.Equal("EntityDictionaryUnreadable", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(System.Management.Automation.ErrorCategory.InvalidData, error.CategoryInfo.Category);
            Assert.Contains("Planet", error.ToString());
        }

        [Fact]
        public void EachDictionaryPathKeepsItsOwnEntitiesAndAnEditedFileIsReadAgain()
        {
            var article = _folder.Write("a.txt", "こんばんは、榊正宗です。今日は山中一郎さんと話します。\n");
            var first = _folder.Write("first.json", "{ \"entities\": [ { \"name\": \"Masamune Sakaki\", \"type\": \"Person\", \"aliases\": [\"榊正宗\"] } ] }");
            var second = _folder.Write("second.json", "{ \"entities\": [ { \"name\": \"Ichiro Yamanaka\", \"type\": \"Person\", \"aliases\": [\"山中一郎\"] } ] }");
            string Names(string dictionary) => string.Join(",", _session.Run($"Get-AiArticle -LiteralPath '{article}' | Get-AiEntity -DictionaryPath '{dictionary}'").Output.Select(e => e.Text("Name")));

            Assert.Equal("Masamune Sakaki", Names(first));
            Assert.Equal("Ichiro Yamanaka", Names(second));
            Assert.DoesNotContain(_session.Run($"Get-AiArticle -LiteralPath '{article}' | Get-AiEntity").Output, e => e.Text("Name") == "Masamune Sakaki");
            Assert.Equal("Masamune Sakaki", Names(first));

            System.IO.File.WriteAllText(first, "{ \"entities\": [ { \"name\": \"Sakaki Masamune\", \"type\": \"Person\", \"aliases\": [\"榊正宗\"] } ] }");
            System.IO.File.SetLastWriteTimeUtc(first, System.DateTime.UtcNow.AddMinutes(1));
            Assert.Equal("Sakaki Masamune", Names(first));
        }

        [Fact]
        public void WithoutInputTheSeedsAreUsed()
        {
            var result = _session.Run("Get-AiEntity");
            Assert.Empty(result.Errors);
            Assert.NotEmpty(result.Output);
            Assert.Contains("AiDocTools.Entity", result.Output[0].TypeNames);
            var counts = result.Output.Select(e => e.Get<int>("Mentions")).ToList();
            Assert.Equal(counts.OrderByDescending(c => c), counts);
        }

        [Fact]
        public void TheCompleterOffersCanonicalNamesForAnyScript()
        {
            var latin = _session.Run("[AiDocTools.PowerShell.EntityNameCompleter]::new().CompleteArgument('Get-AiEntity', 'Name', 'Zucker', $null, @{}) | ForEach-Object { $_.CompletionText }");
            Assert.Contains("'Mark Zuckerberg'", latin.Output.Select(o => o.ToString()));

            var katakana = _session.Run("[AiDocTools.PowerShell.EntityNameCompleter]::new().CompleteArgument('Get-AiEntity', 'Name', 'ザッカー', $null, @{}) | ForEach-Object { $_.CompletionText }");
            Assert.Equal("'Mark Zuckerberg'", katakana.Output.Select(o => o.ToString()).First());

            var tab = _session.Run("(TabExpansion2 -inputScript 'Get-AiEntity -Name Hass' -cursorColumn 23).CompletionMatches | ForEach-Object { $_.CompletionText }");
            Assert.Contains("'Demis Hassabis'", tab.Output.Select(o => o.ToString()));
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
