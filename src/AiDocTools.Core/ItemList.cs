using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace AiDocTools
{
    /// <summary>
    /// The list behind every list-valued property of the module's objects. It prints as its items joined by
    /// <see cref="ItemList.Separator"/>, so Export-Csv, string interpolation and tables show the values rather than a type name;
    /// ConvertTo-Json still writes it as an array.
    /// </summary>
    public sealed class ItemList<T> : ReadOnlyCollection<T>
    {
        public ItemList(IList<T> items)
            : base(items)
        {
        }

        public override string ToString() => string.Join(ItemList.Separator, this.Select(item => item?.ToString()));
    }

    public static class ItemList
    {
        /// <summary>What separates the items in a list's text: split an imported CSV column on it to get them back.</summary>
        public const string Separator = "; ";

        public static ItemList<T> Of<T>(IEnumerable<T>? items) =>
            items as ItemList<T> ?? new ItemList<T>(items == null ? new T[0] : items as IList<T> ?? items.ToList());
    }
}
