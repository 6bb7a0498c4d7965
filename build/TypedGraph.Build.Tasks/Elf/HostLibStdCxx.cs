using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace TypedGraph.Build.Tasks.Elf
{
    /// <summary>What the build host's system libstdc++ provides.</summary>
    public sealed class HostLibStdCxxInfo
    {
        internal HostLibStdCxxInfo(string? path, IReadOnlyCollection<string> versions, string? problem)
        {
            Path = path;
            Versions = versions;
            Problem = problem;
        }

        /// <summary>The libstdc++.so.6 read (the symlink path as found), or null when none was found.</summary>
        public string? Path { get; }

        /// <summary>The version names its .gnu.version_d defines (GLIBCXX_*, CXXABI_*).</summary>
        public IReadOnlyCollection<string> Versions { get; }

        /// <summary>Why no library could be read, when <see cref="Path"/> is null.</summary>
        public string? Problem { get; }

        public bool Defines(string version) => ((ICollection<string>)Versions).Contains(version);
    }

    /// <summary>Finds the system libstdc++.so.6 of a Linux host and reads the versions it defines, with <see cref="ElfFile"/>.</summary>
    public static class HostLibStdCxx
    {
        private const string FileName = "libstdc++.so.6";

        /// <summary>Where the system's dynamic loader finds libstdc++.so.6 on Debian/Ubuntu (multiarch), Fedora/RHEL/SUSE (lib64) and others.</summary>
        public static IReadOnlyList<string> CandidatePaths(Architecture architecture)
        {
            string multiarch = architecture == Architecture.Arm64 ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
            return new[]
            {
                "/usr/lib/" + multiarch + "/" + FileName,
                "/lib/" + multiarch + "/" + FileName,
                "/usr/lib64/" + FileName,
                "/lib64/" + FileName,
                "/usr/lib/" + FileName,
                "/lib/" + FileName,
            };
        }

        /// <summary>Reads the first candidate that is an ELF64 library for <paramref name="machine"/> (reading follows symlinks).</summary>
        public static HostLibStdCxxInfo Probe(IEnumerable<string> candidates, ushort machine)
        {
            if (candidates is null)
            {
                throw new ArgumentNullException(nameof(candidates));
            }

            var problems = new List<string>();
            foreach (string candidate in candidates)
            {
                if (!File.Exists(candidate))
                {
                    continue;
                }

                try
                {
                    ElfFile elf = ElfFile.Parse(File.ReadAllBytes(candidate));
                    if (elf.Machine != machine)
                    {
                        problems.Add(candidate + ": other machine type " + elf.Machine.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        continue;
                    }

                    return new HostLibStdCxxInfo(candidate, new HashSet<string>(elf.ReadVersionDefinitions(), StringComparer.Ordinal), null);
                }
                catch (Exception e) when (e is ElfFormatException || e is IOException || e is UnauthorizedAccessException)
                {
                    problems.Add(candidate + ": " + e.Message);
                }
            }

            string problem = problems.Count == 0 ? "no " + FileName + " in the system library directories" : string.Join("; ", problems);
            return new HostLibStdCxxInfo(null, Array.Empty<string>(), problem);
        }

        /// <summary>The ELF e_machine of this host (x64 or arm64, the architectures TorchSharp ships Linux natives for).</summary>
        public static ushort CurrentMachine => RuntimeInformation.OSArchitecture == Architecture.Arm64 ? ElfFile.MachineAArch64 : ElfFile.MachineX64;

        /// <summary>Probes this process's host (Linux only).</summary>
        public static HostLibStdCxxInfo ProbeCurrentHost() => Probe(CandidatePaths(RuntimeInformation.OSArchitecture), CurrentMachine);
    }
}
