using System.Linq;

namespace AiDocTools.PowerShell
{
    /// <summary>How a completed value is written into the command line, the same for every completer.</summary>
    internal static class CompletionText
    {
        // Characters PowerShell reads as syntax in an argument: a value holding one is single-quoted so it stays one argument.
        private const string Syntax = "'\"`$(){}[];,&|@#<>";

        public static string Quote(string value) =>
            value.Any(c => char.IsWhiteSpace(c) || Syntax.IndexOf(c) >= 0) ? "'" + value.Replace("'", "''") + "'" : value;
    }
}
