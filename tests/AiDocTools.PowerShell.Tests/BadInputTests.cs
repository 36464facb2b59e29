using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Management.Automation;
using System.Text;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>
    /// A messy real folder: every class of bad input has one documented outcome — an article, or a named
    /// non-terminating error with the file as target — and the good file next to it always comes out.
    /// </summary>
    public sealed class BadInputTests : IDisposable
    {
        private const string GoodArticle = "公開モデルの議論\n\nメタは2024年4月にLlama 3を公開した。\n\n研究者は「公開は安全性を高める」と述べた。\n";

        // A hang guard, not a performance target: the benchmark measures speed.
        private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        static BadInputTests()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        [Theory]
        [InlineData("empty.txt", "", "ArticleEmpty", ErrorCategory.InvalidData)]
        [InlineData("whitespace.txt", " \n\t\r\n　\n", "ArticleEmpty", ErrorCategory.InvalidData)]
        public void TextWithNoContentIsANamedError(string name, string content, string errorId, ErrorCategory category)
        {
            var bad = _folder.Write(name, content);
            AssertErrorAndGoodArticle(bad, errorId, category);
        }

        [Fact]
        public void OnlyBoilerplateIsStillAnArticleWithTheRemovedBlocksKept()
        {
            // Never silently dropped: the user sees the article, and what cleaning removed, and can judge it.
            var chrome = "ホーム > ニュース > テクノロジー\n\nシェアする\n\nツイート\n\n© 2024 Example Media. All rights reserved.\n";
            var result = Load(_folder.Write("chrome.txt", chrome));
            Assert.Empty(result.Errors);
            var article = result.Output.Single(o => o.Get<string>("Id") == "chrome");
            Assert.NotEmpty(article.Get<System.Collections.IEnumerable>("Boilerplate").Cast<object>());
        }

        [Fact]
        public void APngIsBinary()
        {
            var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0 };
            AssertErrorAndGoodArticle(_folder.Write("picture.txt", png), "ArticleBinary", ErrorCategory.InvalidData);
        }

        [Fact]
        public void AZipIsBinary()
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                using var entry = new StreamWriter(zip.CreateEntry("a.txt").Open());
                entry.Write(GoodArticle);
            }

            AssertErrorAndGoodArticle(_folder.Write("archive.md", buffer.ToArray()), "ArticleBinary", ErrorCategory.InvalidData);
        }

        [Fact]
        public void NulBytesInsideTextAreBinary()
        {
            var bytes = Encoding.UTF8.GetBytes("本文です。").Concat(new byte[] { 0, 0, 0, 0 }).Concat(Encoding.UTF8.GetBytes("続きです。")).ToArray();
            AssertErrorAndGoodArticle(_folder.Write("nul.txt", bytes), "ArticleBinary", ErrorCategory.InvalidData);
        }

        [Fact]
        public void InvalidUtf8IsAnEncodingErrorNotMojibake()
        {
            // Valid UTF-8 with stray continuation bytes: no legacy encoding explains it either.
            var bytes = Encoding.UTF8.GetBytes("これは記事の本文です。").Concat(new byte[] { 0x80, 0xBF, 0xC0, 0xAF }).Concat(Encoding.UTF8.GetBytes("続き。")).ToArray();
            var result = Load(_folder.Write("broken-utf8.txt", bytes));
            var outcome = result.Output.Count == 2
                ? "decoded"
                : result.Errors.Single().FullyQualifiedErrorId.Split(',')[0];
            Assert.Contains(outcome, new[] { "decoded", "ArticleUnknownEncoding" });
            if (outcome == "decoded")
            {
                // Whatever it was decoded as, the good part of the text must be readable.
                Assert.Contains("これは記事の本文です。", result.Output[0].Get<string>("Body"));
            }

            Assert.Contains(result.Output, o => o.Get<string>("Id") == "good");
        }

        [Theory]
        [InlineData("utf-16", true)]
        [InlineData("utf-16", false)]
        [InlineData("utf-16BE", true)]
        [InlineData("utf-16BE", false)]
        [InlineData("shift_jis", false)]
        [InlineData("euc-jp", false)]
        public void EncodingsDecodeWithOrWithoutAByteOrderMark(string encodingName, bool withBom)
        {
            var encoding = Encoding.GetEncoding(encodingName);
            var bytes = (withBom ? encoding.GetPreamble() : new byte[0]).Concat(encoding.GetBytes(GoodArticle)).ToArray();
            var result = Load(_folder.Write($"{encodingName}-{withBom}.txt", bytes));
            Assert.Empty(result.Errors);
            Assert.All(result.Output, a => Assert.Contains("研究者は「公開は安全性を高める」と述べた。", a.Get<string>("Body")));
        }

        [Fact]
        public void MixedLineEndingsKeepParagraphs()
        {
            var result = Load(_folder.Write("mixed.txt", "見出しの行\r\n\r\n最初の段落です。\n\n二つ目の段落です。\r\r三つ目の段落です。\r\n"));
            Assert.Empty(result.Errors);
            var paragraphs = result.Output[0].Get<System.Collections.IEnumerable>("Paragraphs").Cast<object>().Select(p => p.ToString()).ToList();
            Assert.Contains("二つ目の段落です。", paragraphs);
            Assert.Contains("三つ目の段落です。", paragraphs);
            Assert.DoesNotContain('\r', result.Output[0].Get<string>("Body"));
        }

        [Fact]
        public void AHundredMegabyteSingleLineFileIsOverTheCap()
        {
            var path = Path.Combine(_folder.Path, "huge.txt");
            using (var file = File.Create(path))
            {
                var line = Encoding.UTF8.GetBytes(new string('あ', 1 << 20));
                while (file.Length < 100L * 1024 * 1024)
                {
                    file.Write(line, 0, line.Length);
                }
            }

            AssertErrorAndGoodArticle(path, "ArticleTooLarge", ErrorCategory.LimitsExceeded);
        }

        [Fact]
        public void TenThousandParagraphsAllComeThrough()
        {
            var text = "長い記事\n\n" + string.Join("\n\n", Enumerable.Range(1, 10_000).Select(i => $"これは第{i}段落の本文であり、内容を持つ文です。"));
            var result = Load(_folder.Write("long.txt", text));
            Assert.Empty(result.Errors);
            var article = result.Output.Single(o => o.Get<string>("Id") == "long");
            var body = article.Get<string>("Body");
            Assert.Contains("これは第1段落の本文であり", body);
            Assert.Contains("これは第10000段落の本文であり", body);
        }

        [Fact]
        public void FiftyThousandLevelsOfNestedHtmlNeitherCrashNorHang()
        {
            var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>深い場所の本文です。</p>" + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "</body></html>";
            AssertErrorAndGoodArticle(_folder.Write("nested.html", html), "ArticleMalformedMarkup", ErrorCategory.ParserError);
        }

        [Fact]
        public void ScriptsStylesAndEventHandlersNeverReachTheBody()
        {
            var html = "<html><head><title>安全なページ</title><style>p{color:red}</style><script>alert('head')</script></head><body><article>"
                + "<h1>安全なページ</h1><p onclick=\"alert('click')\">公開モデルは研究を加速させると研究者は述べた。この段落は本文である。</p>"
                + "<script>document.write('injected')</script><p>二つ目の段落も十分な長さを持つ本文であり、記事の内容を伝えている。</p>"
                + "<img src=x onerror=\"alert('img')\"></article></body></html>";
            var result = Load(_folder.Write("scripted.html", html));
            Assert.Empty(result.Errors);
            var body = result.Output.Single(o => o.Get<string>("Id") == "scripted").Get<string>("Body");
            Assert.Contains("公開モデルは研究を加速させる", body);
            Assert.DoesNotContain("alert", body);
            Assert.DoesNotContain("injected", body);
            Assert.DoesNotContain("color:red", body);
        }

        [Fact]
        public void AYamlAliasBombIsRefusedQuickly()
        {
            var bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
            for (var level = 'b'; level <= 'j'; level++)
            {
                var previous = (char)(level - 1);
                bomb.Append(level).Append(": &").Append(level).Append(" [")
                    .Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
            }

            bomb.Append("title: 爆弾\n---\n本文の段落です。十分な長さの文章がここにある。\n");
            AssertErrorAndGoodArticle(_folder.Write("bomb.md", bomb.ToString()), "ArticleMalformedFrontMatter", ErrorCategory.ParserError);
        }

        [Fact]
        public void AHugeFrontMatterScalarIsRefused()
        {
            var text = "---\ntitle: " + new string('x', 2_000_000) + "\n---\n本文の段落です。十分な長さの文章がここにある。\n";
            AssertErrorAndGoodArticle(_folder.Write("huge-scalar.md", text), "ArticleMalformedFrontMatter", ErrorCategory.ParserError);
        }

        [Fact]
        public void FrontMatterOfTheWrongTypeIsRefusedByName()
        {
            var text = "---\ntitle:\n  - a list\n  - not a title\ndate: not-a-date\n---\n本文の段落です。十分な長さの文章がここにある。\n";
            var bad = _folder.Write("wrong-types.md", text);
            var result = Load(bad);
            var error = Assert.Single(result.Errors);
            Assert.Equal("ArticleMalformedFrontMatter", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Contains("title", error.Exception.Message);
            Assert.Contains(result.Output, o => o.Get<string>("Id") == "good");
        }

        [Theory]
        [InlineData("with space.txt")]
        [InlineData("bracket [1].txt")]
        [InlineData("star*name.txt")]
        [InlineData("日本語の名前.txt")]
        public void AwkwardFileNamesReadByLiteralPath(string name)
        {
            if (name.Contains('*') && OperatingSystem.IsWindows())
            {
                return; // Windows file names cannot hold '*'; the case exists only where the file system allows it.
            }

            var file = _folder.Write(name, GoodArticle);
            var result = _session.Run("Get-AiArticle -LiteralPath $args[0]".Replace("$args[0]", "'" + file.Replace("'", "''") + "'"));
            Assert.Empty(result.Errors);
            Assert.Equal(Path.GetFileNameWithoutExtension(name), Assert.Single(result.Output).Get<string>("Id"));
        }

        [Fact]
        public void ASymlinkLoopWithRecurseEnds()
        {
            _folder.Write("loop/inner/a.txt", GoodArticle);
            Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "loop", "inner", "back"), Path.Combine(_folder.Path, "loop"));
            var result = _session.RunWithin($"Get-AiArticle -LiteralPath '{Path.Combine(_folder.Path, "loop")}' -Recurse", HangGuard);
            Assert.Equal("a", Assert.Single(result.Output).Get<string>("Id"));
        }

        [Fact]
        public void AFileDeletedBetweenListingAndReadingIsNotFound()
        {
            _folder.Write("a.txt", GoodArticle);
            var doomed = _folder.Write("b.txt", GoodArticle);
            _folder.Write("c.txt", GoodArticle);
            var result = _session.Run(
                $"$files = [System.IO.DirectoryInfo]::new('{_folder.Path}').GetFiles('*.txt'); [System.IO.File]::Delete('{doomed}'); $files | Get-AiArticle");
            Assert.Equal(new[] { "a", "c" }, result.Output.Select(o => o.Get<string>("Id")).OrderBy(i => i));
            var error = Assert.Single(result.Errors);
            // Gone before the path resolves (PathNotFound) or after (ArticleNotFound): the same category and target either way.
            Assert.Contains(error.FullyQualifiedErrorId.Split(',')[0], new[] { "PathNotFound", "ArticleNotFound" });
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Contains("b.txt", error.TargetObject.ToString());
        }

        [Fact]
        public void ALockedFileIsUnreadable()
        {
            var locked = _folder.Write("locked.txt", GoodArticle);

            // FileShare.None locks the file for every other reader, on Windows by the OS and on Unix by .NET's advisory lock.
            using var holder = new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            AssertErrorAndGoodArticle(locked, "ArticleUnreadable", ErrorCategory.ReadError);
        }

        private ModuleSession.Result Load(string bad)
        {
            var good = _folder.Write("good.txt", GoodArticle);
            return _session.RunWithin($"Get-AiArticle -LiteralPath '{bad.Replace("'", "''")}', '{good}'", HangGuard);
        }

        private void AssertErrorAndGoodArticle(string bad, string errorId, ErrorCategory category)
        {
            var result = Load(bad);
            Assert.Equal("good", Assert.Single(result.Output).Get<string>("Id"));
            var error = Assert.Single(result.Errors);
            Assert.Equal(errorId, error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(category, error.CategoryInfo.Category);
            Assert.Equal(bad, error.TargetObject);
            Assert.Contains(Path.GetFileName(bad), error.Exception.Message);
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
