using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// The getters and setters behind the date properties of AiDocTools.types.ps1xml. The module's objects carry their
    /// dates publicly as ISO text, because ConvertTo-Json reflects a class's public getters and would write a PartialDate
    /// as {Start, End, Precision, Year}; these code properties, which PowerShell consults before a class's own members,
    /// give a shell user the PartialDate itself under the same name, so Where-Object Date -ge (Get-Date …) and Sort-Object
    /// compare dates, while Export-Csv and ConvertTo-Json still write the ISO text.
    /// Every signature is typed object: PowerShell reads them while it imports the types file, before the module's load
    /// context can find AiDocTools.Core, so no core type may appear in them.
    /// </summary>
    public static class TypedDates
    {
        public static object? EventDate(PSObject instance) => (instance.BaseObject as TimelineEvent)?.DateValue;

        public static void SetEventDate(PSObject instance, object? value) => ((TimelineEvent)instance.BaseObject).DateValue = DateOf(value);

        public static object? ClaimDates(PSObject instance) => (instance.BaseObject as Claim)?.DateValues;

        public static void SetClaimDates(PSObject instance, object? value)
        {
            var items = LanguagePrimitives.GetEnumerable(value)?.Cast<object?>() ?? (value == null ? Enumerable.Empty<object?>() : new[] { value });
            ((Claim)instance.BaseObject).DateValues = items.Select(DateOf).OfType<PartialDate>().ToList();
        }

        public static object? ClaimPublished(PSObject instance) => (instance.BaseObject as Claim)?.PublishedValue;

        public static void SetClaimPublished(PSObject instance, object? value) => ((Claim)instance.BaseObject).PublishedValue = DateOf(value);

        public static object? ArticlePublished(PSObject instance) => (instance.BaseObject as Article)?.PublishedValue;

        public static void SetArticlePublished(PSObject instance, object? value) => ((Article)instance.BaseObject).PublishedValue = DateOf(value);

        public static object? OriginalPublished(PSObject instance) => (instance.BaseObject as OriginalWork)?.PublishedValue;

        public static void SetOriginalPublished(PSObject instance, object? value) => ((OriginalWork)instance.BaseObject).PublishedValue = DateOf(value);

        // The casts a user writes ([datetime], '2023-W19', 'June 2023', a PartialDate); anything else is refused by name.
        private static PartialDate? DateOf(object? value)
        {
            var raw = value is PSObject wrapped ? wrapped.BaseObject : value;
            if (raw == null)
            {
                return null;
            }

            return PartialDate.TryConvert(raw, out var date) ? date : throw new ArgumentException(string.Format(Messages.NotADate, raw));
        }
    }
}
