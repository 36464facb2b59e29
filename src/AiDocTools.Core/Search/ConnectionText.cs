using System;
using System.Data.Common;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiDocTools.Search
{
    /// <summary>
    /// A database connection string as it may be shown: in verbose output, progress and errors the password never
    /// appears, whatever the server or the driver put into a message.
    /// </summary>
    public static class ConnectionText
    {
        private static readonly string[] SecretKeys = { "password", "pwd", "passfile", "sslpassword", "ssl password" };

        // What a password looks like in a string the builder cannot read: key=value up to the next ';'.
        private static readonly Regex SecretPair = new Regex(@"(?i)\b(password|pwd|ssl ?password)\s*=\s*(""[^""]*""|'[^']*'|[^;]*)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>The connection string without its secrets; a summary when it cannot be read at all.</summary>
        public static string Redact(string? connection)
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                return string.Empty;
            }

            try
            {
                var builder = new DbConnectionStringBuilder { ConnectionString = connection };
                foreach (var key in builder.Keys.Cast<string>().ToList())
                {
                    if (SecretKeys.Contains(key.Trim().ToLowerInvariant()))
                    {
                        builder.Remove(key);
                    }
                }

                return builder.ConnectionString ?? string.Empty;
            }
            catch (ArgumentException)
            {
                return Messages.ConnectionNotShown;
            }
        }

        /// <summary>A message with every secret of <paramref name="connection"/> replaced by ***.</summary>
        public static string Scrub(string message, string? connection)
        {
            if (string.IsNullOrEmpty(message) || string.IsNullOrEmpty(connection))
            {
                return message;
            }

            foreach (var secret in Secrets(connection!))
            {
                message = message.Replace(secret, "***");
            }

            return SecretPair.Replace(message, m => m.Groups[1].Value + "=***");
        }

        private static string[] Secrets(string connection)
        {
            try
            {
                var builder = new DbConnectionStringBuilder { ConnectionString = connection };
                return builder.Keys.Cast<string>()
                    .Where(k => SecretKeys.Contains(k.Trim().ToLowerInvariant()))
                    .Select(k => Convert.ToString(builder[k], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)
                    .Where(v => v.Length > 0)
                    .ToArray();
            }
            catch (ArgumentException)
            {
                return SecretPair.Matches(connection).Cast<Match>().Select(m => m.Groups[2].Value.Trim('"', '\'')).Where(v => v.Length > 0).ToArray();
            }
        }
    }
}
