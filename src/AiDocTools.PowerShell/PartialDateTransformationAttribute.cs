using System;
using System.Globalization;
using System.Management.Automation;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Lets a PartialDate parameter take what a user types: 2023, '2023-06', '2023-06-02', '1999-H2', or a DateTime.
    /// A bare number binds as an integer year.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class PartialDateTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case null:
                    return null;
                case PartialDate date:
                    return date;
                case DateTime day:
                    return PartialDate.FromDay(day);
                case DateTimeOffset moment:
                    return PartialDate.FromDay(moment.Date);
                case int year when year >= 1 && year <= 9998:
                    return PartialDate.FromYear(year);
                case string text:
                    if (PartialDate.TryParse(text, out var parsed))
                    {
                        return parsed;
                    }

                    if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var written))
                    {
                        return PartialDate.FromDay(written);
                    }

                    break;
            }

            throw new ArgumentTransformationMetadataException(string.Format(CultureInfo.CurrentCulture, Messages.NotADate, value));
        }
    }
}
