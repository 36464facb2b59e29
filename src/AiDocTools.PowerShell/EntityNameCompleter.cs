using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
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
                recognizer = EntityRecognizer.Default;
            }

            var ranked = new List<(int Rank, EntityDefinition Entity)>();
            foreach (var entity in recognizer.Dictionary.Entities)
            {
                var forms = entity.Aliases.Select(NameFilter.Fold).ToArray();
                var rank = forms.Any(f => f.StartsWith(typed, StringComparison.Ordinal)) ? 0
                    : forms.Any(f => f.IndexOf(typed, StringComparison.Ordinal) >= 0) ? 1 : -1;
                if (rank >= 0)
                {
                    ranked.Add((rank, entity));
                }
            }

            return ranked
                .OrderBy(r => r.Rank)
                .ThenBy(r => r.Entity.Name, StringComparer.OrdinalIgnoreCase)
                .Select(r => new CompletionResult(
                    CompletionText.Quote(r.Entity.Name),
                    r.Entity.Name,
                    CompletionResultType.ParameterValue,
                    r.Entity.Name + " (" + r.Entity.Type + "): " + string.Join(", ", r.Entity.Aliases.Take(6))));
        }
    }
}
