using System.IO;
using System.Text.Json;

namespace AiDocTools
{
    /// <summary>
    /// The JSON data files under Data/ that ship inside the core assembly. Word lists and dictionaries
    /// live there rather than in code so they can be read, reviewed and extended without touching the mechanism.
    /// </summary>
    internal static class EmbeddedData
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };

        /// <summary>Deserialises Data/<paramref name="fileName"/>; a missing resource is a build mistake, so it throws.</summary>
        public static T Load<T>(string fileName)
        {
            var name = "AiDocTools.Data." + fileName;
            using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
                ?? throw new FileNotFoundException("Embedded data file missing from the build.", name);
            return JsonSerializer.Deserialize<T>(ReadAll(stream), Options)
                ?? throw new InvalidDataException("Embedded data file is empty: " + name);
        }

        /// <summary>Deserialises a user-supplied JSON file with the same rules as the shipped data.</summary>
        public static T LoadFile<T>(string path)
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException("Data file is empty: " + path);
        }

        private static string ReadAll(Stream stream)
        {
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
