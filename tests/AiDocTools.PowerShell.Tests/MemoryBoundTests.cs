using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    [CollectionDefinition(nameof(MemoryBoundTests), DisableParallelization = true)]
    public sealed class MemoryBoundCollection
    {
    }

    /// <summary>
    /// Hostile input costs memory in proportion to what the module agrees to read, never more: allocations are
    /// counted for the whole process, so this class runs alone.
    /// </summary>
    [Collection(nameof(MemoryBoundTests))]
    public sealed class MemoryBoundTests : IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();
        private readonly TempFolder _folder = new TempFolder();

        [Fact]
        public void AFileOverTheCapIsRefusedWithoutBeingRead()
        {
            var path = Path.Combine(_folder.Path, "huge.txt");
            using (var file = File.Create(path))
            {
                file.SetLength(100L * 1024 * 1024);
            }

            var allocated = Allocated($"Get-AiArticle -LiteralPath '{path}' -ErrorAction SilentlyContinue");
            Assert.True(allocated < 20L * 1024 * 1024, $"{allocated:N0} bytes allocated to refuse a 100 MB file.");
        }

        [Theory]
        [InlineData("nested.html")]
        [InlineData("long.txt")]
        [InlineData("bomb.md")]
        public void HostileFilesCostMemoryInProportionToTheirSize(string name)
        {
            var content = name switch
            {
                "nested.html" => "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>本文</p>" + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "</body></html>",
                "long.txt" => "長い記事\n\n" + string.Join("\n\n", Enumerable.Range(1, 10_000).Select(i => $"これは第{i}段落の本文であり、内容を持つ文です。")),
                _ => "---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n本文。\n",
            };
            var path = _folder.Write(name, content);
            var size = new FileInfo(path).Length;
            var allocated = Allocated($"Get-AiArticle -LiteralPath '{path}' -ErrorAction SilentlyContinue");

            // Decoding, cleaning and the article itself take a few dozen copies of the text; an expansion (the alias bomb,
            // a parser materialising 50,000 levels) would take thousands.
            Assert.True(allocated < (200 * size) + (64L * 1024 * 1024), $"{allocated:N0} bytes allocated to read {size:N0} bytes of {name}.");
        }

        private long Allocated(string script)
        {
            _session.Run("$null = Get-AiArticle"); // loaded and warm, so only the command's own work is counted
            var before = GC.GetTotalAllocatedBytes(precise: true);
            _session.Run(script);
            return GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        public void Dispose()
        {
            _session.Dispose();
            _folder.Dispose();
        }
    }
}
