using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace AiDocTools.Text
{
    /// <summary>
    /// A SHA-256 digest in hex: of bytes (a file's content), or of a sequence of texts each ended by U+0000, so no two
    /// sequences give the same input (a, bc and ab, c differ). Indexes record such digests to know what wrote them.
    /// </summary>
    public static class Digest
    {
        public static string Of(byte[] bytes)
        {
            using var sha = SHA256.Create();
            return BitConverter.ToString(sha.ComputeHash(bytes)).Replace("-", string.Empty);
        }

        public static string Of(IEnumerable<string> parts)
        {
            var text = new StringBuilder();
            foreach (var part in parts)
            {
                text.Append(part).Append('\u0000');
            }

            return Of(Encoding.UTF8.GetBytes(text.ToString()));
        }
    }
}
