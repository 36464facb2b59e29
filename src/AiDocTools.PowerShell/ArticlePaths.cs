using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Management.Automation;
using AiDocTools.Articles;

namespace AiDocTools.PowerShell
{
    /// <summary>
    /// Turns -Path and -LiteralPath arguments into article files, the way every file cmdlet does: through the session's
    /// provider paths, folders expanded to their article files, duplicates dropped, and a bad path a non-terminating error.
    /// </summary>
    internal sealed class ArticlePaths
    {
        private readonly PSCmdlet _cmdlet;
        private readonly bool _recurse;
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);

        public ArticlePaths(PSCmdlet cmdlet, bool recurse)
        {
            _cmdlet = cmdlet;
            _recurse = recurse;
        }

        /// <summary>The article files found, in the order given and, within a folder, in name order.</summary>
        public List<string> Files { get; } = new List<string>();

        /// <summary>The files and folders as resolved, before folders were expanded: what names the set of files.</summary>
        public List<string> Roots { get; } = new List<string>();

        public void AddWildcard(string path)
        {
            ProviderInfo provider;
            Collection<string> resolved;
            try
            {
                resolved = _cmdlet.GetResolvedProviderPathFromPSPath(path, out provider);
            }
            catch (ItemNotFoundException ex)
            {
                _cmdlet.WriteError(new ErrorRecord(ex, "PathNotFound", ErrorCategory.ObjectNotFound, path));
                return;
            }

            if (!IsFileSystem(provider, path))
            {
                return;
            }

            // Like Get-ChildItem, a wildcard that matches nothing is not an error.
            foreach (var file in resolved)
            {
                AddResolved(file);
            }
        }

        public void AddLiteral(string path)
        {
            string file;
            try
            {
                file = _cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
                if (!IsFileSystem(provider, path))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is ItemNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is ProviderNotFoundException)
            {
                _cmdlet.WriteError(new ErrorRecord(ex, "PathNotFound", ErrorCategory.ObjectNotFound, path));
                return;
            }

            if (!File.Exists(file) && !Directory.Exists(file))
            {
                _cmdlet.WriteError(new ErrorRecord(new ItemNotFoundException(string.Format(Messages.PathNotFound, path)), "PathNotFound", ErrorCategory.ObjectNotFound, path));
                return;
            }

            AddResolved(file);
        }

        /// <summary>Adds a file or folder already resolved to a file-system path.</summary>
        /// <summary>Whether a literal path names an existing folder on the file system (its file-system path in <paramref name="folder"/>); false for anything unresolvable.</summary>
        public bool IsFolder(string path, out string folder)
        {
            folder = path;
            try
            {
                folder = _cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
                return provider.ImplementingType == typeof(Microsoft.PowerShell.Commands.FileSystemProvider) && Directory.Exists(folder);
            }
            catch (Exception ex) when (ex is ItemNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is ProviderNotFoundException)
            {
                return false;
            }
        }

        public void AddResolved(string file)
        {
            Roots.Add(file);
            if (Directory.Exists(file))
            {
                foreach (var found in ArticleFiles.InFolder(file, _recurse))
                {
                    AddFile(found);
                }
            }
            else
            {
                AddFile(file);
            }
        }

        private void AddFile(string file)
        {
            if (ArticleFiles.IsDataFile(file))
            {
                _cmdlet.WriteWarning(string.Format(Messages.NotAnArticleFile, file));
                return;
            }

            if (_seen.Add(file))
            {
                Files.Add(file);
            }
        }

        private bool IsFileSystem(ProviderInfo provider, string path)
        {
            if (provider.ImplementingType == typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
            {
                return true;
            }

            _cmdlet.WriteError(new ErrorRecord(
                new ArgumentException(string.Format(Messages.NotFileSystemPath, path, provider.Name)),
                "NotFileSystemPath", ErrorCategory.InvalidArgument, path));
            return false;
        }
    }
}
