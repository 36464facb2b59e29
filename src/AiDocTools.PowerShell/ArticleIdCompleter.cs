using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AiDocTools.Articles;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Tab completion of article ids for -Id: the file names of the articles the command would read — those under
    /// the -Path or -LiteralPath already typed, else the bundled seeds — without reading the files themselves.
    /// </summary>
    public sealed class ArticleIdCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            var recurse = fakeBoundParameters?["Recurse"] is SwitchParameter s ? s.IsPresent : fakeBoundParameters?["Recurse"] is bool b && b;
            return Folders(fakeBoundParameters)
                .SelectMany(folder => Files(folder, recurse))
                .Select(ArticleReader.IdFor)
                .Where(id => id.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(id => id, StringComparer.OrdinalIgnoreCase)
                .Select(id => new CompletionResult(CompletionText.Quote(id), id, CompletionResultType.ParameterValue, id))
                .ToList();
        }

        private static IEnumerable<string> Folders(IDictionary? bound)
        {
            var typed = (bound?["LiteralPath"] ?? bound?["Path"]) switch
            {
                string one => new[] { one },
                IEnumerable many => many.OfType<object>().Select(o => o.ToString()).ToArray(),
                _ => new string[0],
            };

            if (typed.Length == 0)
            {
                return new[] { SeedArticles.Folder() };
            }

            // Completion must never fail or prompt: paths that are not plain folders or files simply offer nothing.
            return typed.Select(p => Directory.Exists(p) ? p : File.Exists(p) ? p : Path.GetDirectoryName(p) ?? string.Empty)
                .Where(p => p.Length > 0);
        }

        private static IEnumerable<string> Files(string pathOrFolder, bool recurse)
        {
            if (File.Exists(pathOrFolder))
            {
                return new[] { pathOrFolder };
            }

            try
            {
                return ArticleFiles.InFolder(pathOrFolder, recurse).Take(10_000).ToList();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
            {
                return new string[0];
            }
        }
    }
}
