using System.Linq;
using System.Runtime.Loader;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    public sealed class IsolationTests
    {
        [Fact]
        public void TheModuleWorksWhenTheSessionAlreadyHoldsAnotherMarkdig()
        {
            // Load the test's own, older Markdig into the default context before the module is imported.
            var other = typeof(Markdig.Markdown).Assembly;
            Assert.Equal(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(other));

            using var session = new ModuleSession();
            using var folder = new TempFolder();
            var file = folder.Write("note.md", "---\ntitle: Front matter title\n---\n# Heading\n\nMeta released **Llama 3** in April 2024.\n");
            var result = session.Run($"Get-AiArticle -LiteralPath '{file}'");
            Assert.Empty(result.Errors);
            var article = Assert.Single(result.Output);
            Assert.Equal("Front matter title", article.Text("Title"));
            Assert.Contains("Meta released Llama 3 in April 2024.", article.Text("Body"));

            var coreContext = AssemblyLoadContext.GetLoadContext(article.BaseObject.GetType().Assembly);
            Assert.NotEqual(AssemblyLoadContext.Default, coreContext);
            var markdigInModule = coreContext!.Assemblies.Single(a => a.GetName().Name == "Markdig");
            Assert.NotEqual(other.GetName().Version, markdigInModule.GetName().Version);
        }
    }
}
