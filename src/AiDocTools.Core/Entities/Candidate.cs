namespace AiDocTools.Entities
{
    /// <summary>A possible mention in folded text, before overlaps are settled.</summary>
    internal sealed class Candidate
    {
        public Candidate(int start, int end, string name, EntityType type, bool known, int nameEnd = -1, bool strong = false)
        {
            Start = start;
            End = end;
            Name = name;
            Type = type;
            Known = known;
            NameEnd = nameEnd < 0 ? end : nameEnd;
            Strong = strong;
        }

        public int Start { get; }

        /// <summary>End of the mention, any suffix (氏, 社, 誌) included.</summary>
        public int End { get; }

        /// <summary>End of the name itself, before the suffix.</summary>
        public int NameEnd { get; }

        public string Name { get; }

        public EntityType Type { get; }

        public bool Known { get; }

        /// <summary>A guess sure enough to stand over dictionary names inside it: a title in brackets after 記事.</summary>
        public bool Strong { get; }
    }
}
