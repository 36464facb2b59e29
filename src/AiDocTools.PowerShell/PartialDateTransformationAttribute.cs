using System;
using System.Globalization;
using System.Management.Automation;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Lets a PartialDate parameter take what a user types: 2023, '2023-06', 'June 2023', '2023/06', '2023年6月',
    /// '2023-06-02', '2023-W19', '1999-H2', or a DateTime; each at the precision it states.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class PartialDateTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value == null)
            {
                return null;
            }

            if (PartialDate.TryConvert(value, out var date))
            {
                return date;
            }

            throw new ArgumentTransformationMetadataException(string.Format(CultureInfo.CurrentCulture, Messages.NotADate, value));
        }
    }
}
