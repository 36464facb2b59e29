using System.Collections.Generic;
using System.Text.Json;

namespace AiDocTools.Articles
{
    /// <summary>
    /// The objects of a page's JSON-LD block: publishers write one object, an array of them, or a <c>@graph</c>;
    /// each is given on its own. A block that is not valid JSON (trailing commas, HTML comments) gives nothing.
    /// </summary>
    internal static class JsonLd
    {
        private static readonly JsonDocumentOptions Lenient = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

        public static IReadOnlyList<JsonElement> Nodes(string json)
        {
            var nodes = new List<JsonElement>();
            try
            {
                using var document = JsonDocument.Parse(json.Trim().Trim('\uFEFF'), Lenient);
                Collect(document.RootElement.Clone(), nodes, 0);
            }
            catch (JsonException)
            {
            }

            return nodes;
        }

        /// <summary>Whether the node's <c>@type</c> (a string or a list) names one of the given types.</summary>
        public static bool IsType(JsonElement node, params string[] types)
        {
            if (!node.TryGetProperty("@type", out var type))
            {
                return false;
            }

            foreach (var name in type.ValueKind == JsonValueKind.Array ? (IEnumerable<JsonElement>)type.EnumerateArray() : new[] { type })
            {
                if (name.ValueKind == JsonValueKind.String && System.Array.IndexOf(types, name.GetString()) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
        {
            if (depth > 3)
            {
                return;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, nodes, depth + 1);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                nodes.Add(element);
                if (element.TryGetProperty("@graph", out var graph))
                {
                    Collect(graph, nodes, depth + 1);
                }
            }
        }
    }
}
