using System;
using System.Collections.ObjectModel;
using System.IO;
using System.Management.Automation;
using System.Threading;
using AiDocTools.Export;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// The one way the export cmdlets write a document file: -Path taken as written unless it is a wildcard naming exactly one
    /// existing file (as Out-File does), -LiteralPath as written, file-system paths only, an existing file refused without
    /// -Force and a missing folder reported before ShouldProcess, then an atomic write. Error ids start with the document
    /// kind (TimelineFileExists, ReportFileExists…), so a script can tell which export failed.
    /// </summary>
    internal sealed class DocumentFile
    {
        private readonly PSCmdlet _cmdlet;
        private readonly string _kind;

        public DocumentFile(PSCmdlet cmdlet, string kind)
        {
            _cmdlet = cmdlet;
            _kind = kind;
        }

        /// <summary>The file-system path to write, or null after an error record.</summary>
        public string? Resolve(string path, bool literal)
        {
            try
            {
                if (!literal && WildcardPattern.ContainsWildcardCharacters(path))
                {
                    Collection<string>? matches = null;
                    ProviderInfo? matchProvider = null;
                    try
                    {
                        matches = _cmdlet.GetResolvedProviderPathFromPSPath(path, out matchProvider);
                    }
                    catch (ItemNotFoundException)
                    {
                    }

                    if (matches != null && matches.Count > 1)
                    {
                        _cmdlet.WriteError(new ErrorRecord(
                            new ArgumentException(string.Format(Messages.DocumentPathAmbiguous, path, matches.Count)),
                            _kind + "PathAmbiguous", ErrorCategory.InvalidArgument, path));
                        return null;
                    }

                    if (matches != null && matches.Count == 1)
                    {
                        return IsFileSystem(matchProvider!, path) ? matches[0] : null;
                    }
                }

                var target = _cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
                return IsFileSystem(provider, path) ? target : null;
            }
            catch (Exception ex) when (ex is System.Management.Automation.DriveNotFoundException || ex is ProviderNotFoundException || ex is NotSupportedException)
            {
                _cmdlet.WriteError(new ErrorRecord(ex, "PathNotFound", ErrorCategory.ObjectNotFound, path));
                return null;
            }
        }

        // Checked before ShouldProcess, so -WhatIf tells the truth about a file that would be refused, and a missing
        // folder is named as the user wrote it rather than through the temporary file the atomic write would create there.
        public bool CanWrite(string target, bool force)
        {
            if (File.Exists(target) && !force)
            {
                _cmdlet.WriteError(new ErrorRecord(new TargetFileExistsException(target), _kind + "FileExists", ErrorCategory.ResourceExists, target));
                return false;
            }

            var folder = Path.GetDirectoryName(target);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                _cmdlet.WriteError(new ErrorRecord(
                    new DirectoryNotFoundException(string.Format(Messages.DocumentFolderMissing, folder, target)),
                    _kind + "FolderNotFound", ErrorCategory.ObjectNotFound, target));
                return false;
            }

            return true;
        }

        /// <summary>Runs the atomic write; false after an error record, or when Ctrl+C cancelled it (the target untouched).</summary>
        public bool Write(string target, Action<CancellationToken> write, CancellationToken cancellationToken)
        {
            ErrorRecord error;
            try
            {
                write(cancellationToken);
                return true;
            }
            catch (TargetFileExistsException ex)
            {
                error = new ErrorRecord(ex, _kind + "FileExists", ErrorCategory.ResourceExists, target);
            }
            catch (UnauthorizedAccessException ex)
            {
                error = new ErrorRecord(ex, _kind + "WriteDenied", ErrorCategory.PermissionDenied, target);
            }
            catch (DirectoryNotFoundException ex)
            {
                error = new ErrorRecord(ex, _kind + "FolderNotFound", ErrorCategory.ObjectNotFound, target);
            }
            catch (IOException ex)
            {
                error = new ErrorRecord(ex, _kind + "WriteFailed", ErrorCategory.WriteError, target);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the temporary file is gone and the target untouched; the engine is already stopping the pipeline.
                return false;
            }

            _cmdlet.WriteError(error);
            return false;
        }

        private bool IsFileSystem(ProviderInfo provider, string path)
        {
            if (provider.ImplementingType == typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
            {
                return true;
            }

            _cmdlet.WriteError(new ErrorRecord(
                new ArgumentException(string.Format(Messages.DocumentNotFileSystemPath, path, provider.Name, _cmdlet.MyInvocation.MyCommand.Name)),
                "NotFileSystemPath", ErrorCategory.InvalidArgument, path));
            return false;
        }
    }
}
