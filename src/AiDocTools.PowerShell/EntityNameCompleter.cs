using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AiDocTools.Analysis;
using AiDocTools.Entities;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Tab completion of entity names for -Name, -Speaker and -Entity parameters: what the user has typed, in any script
    /// (ザッカ, zuck), completes to the canonical names whose name or alias starts with it, then to those that contain it.
    /// </summary>
    public sealed class EntityNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = NameFilter.Fold((wordToComplete ?? string.Empty).Trim('\'', '"'));
            EntityRecognizer recognizer;
            try
            {
                var path = fakeBoundParameters?["DictionaryPath"] as string;
                recognizer = EntityRecognizers.For(string.IsNullOrEmpty(path) ? null : path);
            }
            catch (Exception ex) when (ex is System.IO.IOException || ex is UnauthorizedAccessException || ex is System.IO.InvalidDataException)
            {
                recognizer = AnalysisPipeline.Shipped.Entities;
            }

            // A speaker is a person or an organisation: a law, a model or a publication never says anything, so
            // -Speaker Mark<Tab> must not offer the Digital Markets Act.
            var speakersOnly = string.Equals(parameterName, "Speaker", StringComparison.OrdinalIgnoreCase);
            var ranked = new List<(int Rank, string Name, string Tooltip)>();
            var offered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entity in recognizer.Dictionary.Entities)
            {
                if (speakersOnly && entity.Type != EntityType.Person && entity.Type != EntityType.Organization)
                {
                    continue;
                }

                var rank = Rank(entity.Aliases, typed);
                if (rank >= 0 && offered.Add(entity.Name))
                {
                    ranked.Add((rank, entity.Name, entity.Name + " (" + entity.Type + "): " + string.Join(", ", entity.Aliases.Take(6))));
                }
            }

            // Speakers the dictionary does not know (山田花子, 一部の技術者) as this session's claims have named them.
            if (speakersOnly)
            {
                foreach (var speaker in SeenSpeakers.All)
                {
                    var rank = Rank(new[] { speaker }, typed);
                    if (rank >= 0 && offered.Add(speaker))
                    {
                        ranked.Add((rank, speaker, speaker));
                    }
                }
            }

            return ranked
                .OrderBy(r => r.Rank)
                .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
                .Select(r => new CompletionResult(CompletionText.Quote(r.Name), r.Name, CompletionResultType.ParameterValue, r.Tooltip));
        }

        private static int Rank(IEnumerable<string> names, string typed)
        {
            var forms = names.Select(NameFilter.Fold).ToArray();
            return forms.Any(f => f.StartsWith(typed, StringComparison.Ordinal)) ? 0
                : forms.Any(f => f.IndexOf(typed, StringComparison.Ordinal) >= 0) ? 1 : -1;
        }
    }

    /// <summary>The speakers the claims of this session have named, for completion; bounded, as a session can read many folders.</summary>
    internal static class SeenSpeakers
    {
        private const int Maximum = 5000;
        private static readonly object Gate = new object();
        private static readonly HashSet<string> Names = new HashSet<string>(StringComparer.Ordinal);

        public static void Add(string? speaker)
        {
            if (string.IsNullOrWhiteSpace(speaker))
            {
                return;
            }

            lock (Gate)
            {
                if (Names.Count < Maximum)
                {
                    Names.Add(speaker!);
                }
            }
        }

        public static string[] All
        {
            get
            {
                lock (Gate)
                {
                    return Names.ToArray();
                }
            }
        }
    }
}
