using System;

namespace AiDocTools.Text
{
    /// <summary>
    /// One array of <typeparamref name="T"/> per thread, lent for one piece of work and kept for the next, where each
    /// body or sentence made a new one (a folding buffer as long as the body, a flag per character, a flag per rule).
    /// Taken out while lent, so a call that comes back in (a walk inside a walk, a sentence read again through a
    /// callback) gets an array of its own rather than the one in use; given back cleared over the places used, so every
    /// borrower finds it as a new array; one of more than a million places is not kept.
    /// </summary>
    internal static class SpareArray<T>
    {
        private const int MaximumKept = 1 << 20;

        [ThreadStatic]
        private static T[]? _kept;

        /// <summary>An array of at least <paramref name="length"/> places, each the default value.</summary>
        public static T[] Rent(int length)
        {
            var kept = _kept;
            if (kept != null && kept.Length >= length)
            {
                _kept = null;
                return kept;
            }

            return new T[length];
        }

        /// <summary>Gives <paramref name="array"/> back, its first <paramref name="used"/> places cleared.</summary>
        public static void Return(T[] array, int used)
        {
            Array.Clear(array, 0, used);
            if (array.Length <= MaximumKept && (_kept == null || _kept.Length < array.Length))
            {
                _kept = array;
            }
        }
    }
}
