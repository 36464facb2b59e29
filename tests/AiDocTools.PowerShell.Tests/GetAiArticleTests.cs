using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    public sealed class GetAiArticleTests : System.IDisposable
    {
        private const string JapaneseArticle = "オープンソースAIの行方\n\nメタは2024年4月にLlama 3を公開した。\n\n研究者たちは「公開は安全性を高める」と述べた。\n";

        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        static GetAiArticleTests()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        [Fact]
        public void ManifestExportsTheCmdletFromTheModuleFolder()
        {
            var result = _session.Run("Get-Command -Module AiDocTools -Name Get-AiArticle");
            var command = Assert.Single(result.Output);
            Assert.Equal("Get-AiArticle", command.Properties["Name"].Value);
            var moduleBase = (string)_session.Run("(Get-Module AiDocTools).ModuleBase").Output.Single().BaseObject;
            Assert.Equal(Path.GetDirectoryName(ModuleSession.ManifestPath)!.TrimEnd('/'), moduleBase.TrimEnd('/'));
        }

        [Fact]
        public void WithoutAPathListsTheFiveBundledSeeds()
        {
            var result = _session.Run("Get-AiArticle");
            Assert.Empty(result.Errors);
            var articles = result.Output.ToList();
            Assert.Equal(5, articles.Count);
            Assert.All(articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Get<string>("Body"))));
            Assert.Equal(articles.Select(a => a.Get<string>("Id")).Distinct().Count(), articles.Count);
            Assert.Contains("AiDocTools.Article", result.Output[0].TypeNames);
        }

        [Fact]
        public void ArticlesPipeIntoCoreCmdletsByProperty()
        {
            var result = _session.Run("Get-AiArticle | Where-Object { $_.Id -like '003*' } | ForEach-Object { $_.Language }");
            Assert.Equal(new object[] { "ja" }, result.Output.Select(o => o.BaseObject).ToArray());
        }

        [Fact]
        public void FileInfoObjectsBindByPropertyName()
        {
            var a = _folder.Write("a.txt", JapaneseArticle);
            var b = _folder.Write("b.md", "# English heading\n\nMeta released Llama 3 in April 2024, Mark Zuckerberg said.\n");
            var result = _session.Run($"[System.IO.DirectoryInfo]::new('{_folder.Path}').GetFiles() | Get-AiArticle");
            Assert.Empty(result.Errors);
            Assert.Equal(new[] { "a", "b" }, result.Output.Select(x => x.Get<string>("Id")).OrderBy(x => x).ToArray());
            Assert.Equal(new[] { a, b }, result.Output.Select(x => x.Get<string>("Path")).OrderBy(x => x).ToArray());
        }

        [Fact]
        public void LiteralPathReadsANameWithWildcardCharacters()
        {
            var file = _folder.Write("clip [1].txt", JapaneseArticle);
            var result = _session.Run($"Get-AiArticle -LiteralPath '{file}'");
            Assert.Empty(result.Errors);
            Assert.Equal("clip [1]", Assert.Single(result.Output).Get<string>("Id"));
        }

        [Fact]
        public void PathExpandsWildcards()
        {
            _folder.Write("one.txt", JapaneseArticle);
            _folder.Write("two.txt", JapaneseArticle);
            _folder.Write("skip.md", JapaneseArticle);
            var result = _session.Run($"Get-AiArticle -Path '{_folder.Path}/*.txt'");
            Assert.Equal(new[] { "one", "two" }, result.Output.Select(x => x.Get<string>("Id")).OrderBy(x => x).ToArray());
        }

        [Fact]
        public void AMissingFileIsANonTerminatingErrorAndTheOtherFilesStillComeOut()
        {
            var good = _folder.Write("good.txt", JapaneseArticle);
            var missing = Path.Combine(_folder.Path, "missing.txt");
            var result = _session.Run($"Get-AiArticle -Path '{missing}', '{good}'");
            Assert.Equal("good", Assert.Single(result.Output).Get<string>("Id"));
            var error = Assert.Single(result.Errors);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Contains("missing.txt", error.ToString());
        }

        [Fact]
        public void BadFilesEachGiveANamedErrorWithTheFileAsTarget()
        {
            var empty = _folder.Write("empty.txt", new byte[0]);
            var binary = _folder.Write("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });
            var frontMatter = _folder.Write("broken.md", "---\ntitle: [unclosed\n---\n本文です。\n");
            var good = _folder.Write("good.txt", JapaneseArticle);
            var result = _session.Run($"Get-AiArticle -LiteralPath '{empty}', '{binary}', '{frontMatter}', '{good}'");
            Assert.Equal("good", Assert.Single(result.Output).Get<string>("Id"));
            Assert.Equal(3, result.Errors.Count);
            Assert.Equal("ArticleEmpty", result.Errors[0].FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(empty, result.Errors[0].TargetObject);
            Assert.Equal("ArticleBinary", result.Errors[1].FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.InvalidData, result.Errors[1].CategoryInfo.Category);
            Assert.Equal("ArticleMalformedFrontMatter", result.Errors[2].FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.ParserError, result.Errors[2].CategoryInfo.Category);
        }

        [Fact]
        public void ErrorActionStopMakesALoadFailureTerminating()
        {
            var missing = Path.Combine(_folder.Path, "missing.txt");
            Assert.ThrowsAny<RuntimeException>(() => _session.Run($"Get-AiArticle -LiteralPath '{missing}' -ErrorAction Stop"));
        }

        [Theory]
        [InlineData("shift_jis")]
        [InlineData("euc-jp")]
        [InlineData("utf-16")]
        public void LegacyAndUtf16EncodingsDecode(string encodingName)
        {
            var encoding = Encoding.GetEncoding(encodingName);
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(JapaneseArticle)).ToArray();
            var file = _folder.Write(encodingName + ".txt", bytes);
            var result = _session.Run($"Get-AiArticle -LiteralPath '{file}'");
            Assert.Empty(result.Errors);
            var article = Assert.Single(result.Output);
            Assert.Contains("研究者たちは「公開は安全性を高める」と述べた。", article.Get<string>("Body"));
        }

        [Fact]
        public void RecurseReadsSubFoldersAndIdAndLanguageFilter()
        {
            _folder.Write("top.txt", JapaneseArticle);
            _folder.Write("sub/deeper/ja.txt", JapaneseArticle);
            _folder.Write("sub/en.txt", "Open models\n\nMeta released Llama 3 in April 2024. Critics said open weights were risky.\n");
            var all = _session.Run($"Get-AiArticle -Path '{_folder.Path}' -Recurse");
            Assert.Equal(3, all.Output.Count());
            var flat = _session.Run($"Get-AiArticle -Path '{_folder.Path}'");
            Assert.Single(flat.Output);
            var english = _session.Run($"Get-AiArticle -Path '{_folder.Path}' -Recurse -Language en");
            Assert.Equal("en", Assert.Single(english.Output).Get<string>("Id"));
            var byId = _session.Run($"Get-AiArticle -Path '{_folder.Path}' -Recurse -Id 'j*'");
            Assert.Equal("ja", Assert.Single(byId.Output).Get<string>("Id"));
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
