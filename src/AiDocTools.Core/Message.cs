using System.Globalization;

namespace AiDocTools
{
    /// <summary>Fills the user-visible message templates kept in Messages.resx.</summary>
    internal static class Message
    {
        public static string Format(string template, params object?[] args) =>
            string.Format(CultureInfo.CurrentCulture, template, args);
    }
}
