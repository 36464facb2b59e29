using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace AiDocTools.PowerShell.Tests
{
    /// <summary>Nothing the module emits prints as a raw property dump: every output type has a table and a list view.</summary>
    public sealed class FormatViewTests : System.IDisposable
    {
        private readonly ModuleSession _session = new ModuleSession();

        [Fact]
        public void EveryOutputTypeHasATableAndAListView()
        {
            var outputTypes = _session.Run("Get-Command -Module AiDocTools | ForEach-Object { $_.OutputType } | ForEach-Object { $_.Name }")
                .Output.Select(o => o.ToString()!).Where(n => n.StartsWith("AiDocTools.")).Distinct().ToList();
            Assert.Contains("AiDocTools.Article", outputTypes);

            var format = XDocument.Load(Path.Combine(Path.GetDirectoryName(ModuleSession.ManifestPath)!, "AiDocTools.format.ps1xml"));
            var views = format.Descendants("View").Select(v => new
            {
                Type = (string?)v.Element("ViewSelectedBy")?.Element("TypeName"),
                Table = v.Element("TableControl") != null,
                List = v.Element("ListControl") != null,
            }).ToList();

            foreach (var type in outputTypes)
            {
                Assert.True(views.Any(v => v.Type == type && v.Table), $"{type} has no table view.");
                Assert.True(views.Any(v => v.Type == type && v.List), $"{type} has no list view.");
            }
        }

        public void Dispose() => _session.Dispose();
    }
}
