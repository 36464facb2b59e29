using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AiDocTools.HelpCompiler
{
    /// <summary>
    /// aidoctools-helpc DOCS_DIR OUTPUT_XML: compiles every cmdlet page (Verb-Noun.md) into one MAML file,
    /// and fails the build when a page lacks what Get-Help -Full must show.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length != 2)
            {
                Console.Error.WriteLine("usage: aidoctools-helpc DOCS_DIR OUTPUT_XML");
                return 2;
            }

            var pages = Directory.GetFiles(args[0], "*-*.md").OrderBy(p => p, StringComparer.Ordinal).ToList();
            var commands = pages.Select(MarkdownHelpReader.Read).ToList();
            var problems = commands.SelectMany(Problems).ToList();
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"{args[0]}: error AIDOCHELP: {problem}");
            }

            if (problems.Count > 0)
            {
                return 1;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
            MamlWriter.Write(args[1], commands);
            return 0;
        }

        private static IEnumerable<string> Problems(CommandHelp help)
        {
            if (!help.Name.Contains('-'))
            {
                yield return $"'{help.Name}' is not a Verb-Noun cmdlet name";
            }

            if (help.Synopsis.Length == 0)
            {
                yield return $"{help.Name}: no SYNOPSIS";
            }

            if (help.Description.Count == 0)
            {
                yield return $"{help.Name}: no DESCRIPTION";
            }

            if (help.Examples.Count < 2 || help.Examples.Any(e => e.Code.Length == 0))
            {
                yield return $"{help.Name}: needs at least two EXAMPLES, each with code";
            }

            foreach (var parameter in help.Parameters.Where(p => p.Type.Length == 0 || p.Description.Count == 0))
            {
                yield return $"{help.Name} -{parameter.Name}: needs a description and a yaml block with its Type";
            }
        }
    }
}
