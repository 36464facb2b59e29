using System.IO;
using AiDocTools.Claims;
using AiDocTools.Entities;
using AiDocTools.Time;

namespace AiDocTools.PowerShell
{
    /// <summary>Recognizers for the shipped dictionary merged with a user's files, built once per set of files.</summary>
    internal static class EntityRecognizers
    {
        private static readonly object Gate = new object();
        private static string? _cachedKey;
        private static EntityRecognizer? _cached;

        public static EntityRecognizer For(string? extraPath)
        {
            var userPath = EntityDictionary.UserDictionaryPath;
            var key = Stamp(userPath) + "|" + (extraPath == null ? string.Empty : Stamp(extraPath));
            if (extraPath != null && !File.Exists(extraPath))
            {
                throw new FileNotFoundException(string.Format(Messages.PathNotFound, extraPath), extraPath);
            }

            lock (Gate)
            {
                if (_cached == null || _cachedKey != key)
                {
                    _cached = new EntityRecognizer(EntityDictionary.ForUser(extraPath));
                    _cachedKey = key;
                }

                return _cached;
            }
        }

        private static string Stamp(string path) =>
            File.Exists(path) ? path + "@" + File.GetLastWriteTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) : path + "@none";
    }

    /// <summary>
    /// The extractors every cmdlet uses, built on the user's entity dictionary (the shipped one plus the file in the
    /// user's config folder), so a name the user adds is a speaker in Get-AiClaim, a search alias and a timeline entity alike.
    /// </summary>
    internal static class Analysers
    {
        private static readonly object Gate = new object();
        private static EntityRecognizer? _recognizer;
        private static ClaimExtractor? _claims;
        private static EventExtractor? _events;

        public static EntityRecognizer Recognizer => Refresh().Recognizer;

        public static ClaimExtractor Claims => Refresh().Claims;

        public static EventExtractor Events => Refresh().Events;

        private static (EntityRecognizer Recognizer, ClaimExtractor Claims, EventExtractor Events) Refresh()
        {
            var recognizer = EntityRecognizers.For(null);
            lock (Gate)
            {
                if (!ReferenceEquals(recognizer, _recognizer))
                {
                    _recognizer = recognizer;
                    _events = new EventExtractor(recognizer);
                    _claims = new ClaimExtractor(recognizer, _events);
                }

                return (_recognizer, _claims!, _events!);
            }
        }
    }
}
