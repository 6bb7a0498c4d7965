using System;
using System.Collections.Generic;
using System.Text;

namespace TypedGraph.Build.Tasks.Elf
{
    /// <summary>The input is not an ELF file this reader supports, or is malformed.</summary>
    public sealed class ElfFormatException : Exception
    {
        public ElfFormatException(string message)
            : base(message)
        {
        }
    }

    /// <summary>One section header of an ELF file.</summary>
    public sealed class ElfSection
    {
        internal ElfSection(int index, uint nameOffset, uint type, ulong offset, ulong size, uint link, uint info, ulong entrySize)
        {
            Index = index;
            NameOffset = nameOffset;
            Type = type;
            Offset = offset;
            Size = size;
            Link = link;
            Info = info;
            EntrySize = entrySize;
        }

        public int Index { get; }

        public uint NameOffset { get; }

        public uint Type { get; }

        public ulong Offset { get; }

        public ulong Size { get; }

        public uint Link { get; }

        public uint Info { get; }

        public ulong EntrySize { get; }
    }

    /// <summary>One entry of the dynamic symbol table with its symbol version index.</summary>
    public sealed class ElfDynamicSymbol
    {
        internal ElfDynamicSymbol(int index, string name, ushort sectionIndex, int versionIndex)
        {
            Index = index;
            Name = name;
            SectionIndex = sectionIndex;
            VersionIndex = versionIndex;
        }

        public int Index { get; }

        public string Name { get; }

        /// <summary>st_shndx; 0 (SHN_UNDEF) for a symbol the file imports.</summary>
        public ushort SectionIndex { get; }

        /// <summary>The .gnu.version entry without the hidden bit; -1 when the file has no .gnu.version.</summary>
        public int VersionIndex { get; }
    }

    /// <summary>A Verneed entry of .gnu.version_r: versions needed from one library.</summary>
    public sealed class ElfVersionNeed
    {
        internal ElfVersionNeed(string file, IReadOnlyList<ElfVersionNeedAux> versions)
        {
            File = file;
            Versions = versions;
        }

        /// <summary>The library (DT_NEEDED soname), e.g. libstdc++.so.6.</summary>
        public string File { get; }

        public IReadOnlyList<ElfVersionNeedAux> Versions { get; }
    }

    /// <summary>A Vernaux entry: one version needed from a library.</summary>
    public sealed class ElfVersionNeedAux
    {
        /// <summary>VER_FLG_WEAK: a missing weak version is only noted by the dynamic loader, not fatal.</summary>
        public const ushort WeakFlag = 0x2;

        internal ElfVersionNeedAux(string name, uint hash, ushort flags, ushort versionIndex, long flagsFileOffset)
        {
            Name = name;
            Hash = hash;
            Flags = flags;
            VersionIndex = versionIndex;
            FlagsFileOffset = flagsFileOffset;
        }

        public string Name { get; }

        public uint Hash { get; }

        /// <summary>vna_flags.</summary>
        public ushort Flags { get; }

        /// <summary>vna_other: the index .gnu.version entries use for this version.</summary>
        public ushort VersionIndex { get; }

        /// <summary>File offset of the two little-endian bytes of vna_flags.</summary>
        public long FlagsFileOffset { get; }

        public bool IsWeak => (Flags & WeakFlag) != 0;
    }

    /// <summary>
    /// A minimal, bounds-checked reader of the dynamic-linking metadata of an ELF64 little-endian file:
    /// section headers, .dynsym, .gnu.version, .gnu.version_r, .gnu.version_d, dynamic relocations.
    /// It reads an in-memory image and never modifies it.
    /// </summary>
    public sealed class ElfFile
    {
        public const uint SectionTypeRela = 4;
        public const uint SectionTypeRel = 9;
        public const uint SectionTypeDynSym = 11;
        public const uint SectionTypeGnuVerDef = 0x6ffffffd;
        public const uint SectionTypeGnuVerNeed = 0x6ffffffe;
        public const uint SectionTypeGnuVerSym = 0x6fffffff;

        public const ushort MachineX64 = 62;
        public const ushort MachineAArch64 = 183;

        private const int HeaderSize = 64;
        private const int SectionHeaderSize = 64;
        private const int SymbolSize = 24;

        private readonly byte[] _image;

        private ElfFile(byte[] image, ushort machine, IReadOnlyList<ElfSection> sections)
        {
            _image = image;
            Machine = machine;
            Sections = sections;
        }

        /// <summary>e_machine, e.g. <see cref="MachineX64"/>.</summary>
        public ushort Machine { get; }

        public IReadOnlyList<ElfSection> Sections { get; }

        /// <summary>True when <paramref name="image"/> starts with the ELF magic (any class or byte order).</summary>
        public static bool HasElfMagic(byte[] image)
        {
            if (image is null)
            {
                throw new ArgumentNullException(nameof(image));
            }

            return image.Length >= 4 && image[0] == 0x7f && image[1] == (byte)'E' && image[2] == (byte)'L' && image[3] == (byte)'F';
        }

        /// <summary>Parses the ELF header and section headers; throws <see cref="ElfFormatException"/> with the reason otherwise.</summary>
        public static ElfFile Parse(byte[] image)
        {
            if (image is null)
            {
                throw new ArgumentNullException(nameof(image));
            }

            if (!HasElfMagic(image))
            {
                throw new ElfFormatException("not an ELF file (no \\x7fELF magic)");
            }

            if (image.Length < HeaderSize)
            {
                throw new ElfFormatException("truncated ELF header");
            }

            switch (image[4])
            {
                case 2:
                    break;
                case 1:
                    throw new ElfFormatException("32-bit ELF (ELFCLASS32) is not supported; only ELF64 little-endian is");
                default:
                    throw new ElfFormatException("unknown ELF class " + image[4].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            switch (image[5])
            {
                case 1:
                    break;
                case 2:
                    throw new ElfFormatException("big-endian ELF (ELFDATA2MSB) is not supported; only ELF64 little-endian is");
                default:
                    throw new ElfFormatException("unknown ELF data encoding " + image[5].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            ushort machine = ReadUInt16(image, 18);
            ulong sectionHeaderOffset = ReadUInt64(image, 40);
            ushort sectionHeaderEntrySize = ReadUInt16(image, 58);
            ulong sectionCount = ReadUInt16(image, 60);

            var sections = new List<ElfSection>();
            if (sectionHeaderOffset != 0)
            {
                if (sectionHeaderEntrySize < SectionHeaderSize)
                {
                    throw new ElfFormatException("section header entry size " + sectionHeaderEntrySize.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is smaller than 64");
                }

                CheckRange(image, sectionHeaderOffset, sectionHeaderEntrySize, "section header 0");
                if (sectionCount == 0)
                {
                    // Extended numbering: with 0xff00 or more sections the count lives in section 0's sh_size.
                    sectionCount = ReadUInt64(image, (int)sectionHeaderOffset + 32);
                }

                CheckRange(image, sectionHeaderOffset, checked(sectionCount * sectionHeaderEntrySize), "section header table");
                for (int i = 0; i < (int)sectionCount; i++)
                {
                    int at = checked((int)sectionHeaderOffset + (i * sectionHeaderEntrySize));
                    sections.Add(new ElfSection(
                        i,
                        nameOffset: ReadUInt32(image, at),
                        type: ReadUInt32(image, at + 4),
                        offset: ReadUInt64(image, at + 24),
                        size: ReadUInt64(image, at + 32),
                        link: ReadUInt32(image, at + 40),
                        info: ReadUInt32(image, at + 44),
                        entrySize: ReadUInt64(image, at + 56)));
                }
            }

            return new ElfFile(image, machine, sections);
        }

        /// <summary>The .gnu.version_r entries (Verneed with their Vernaux chains); empty when the file has none.</summary>
        public IReadOnlyList<ElfVersionNeed> ReadVersionNeeds()
        {
            var result = new List<ElfVersionNeed>();
            foreach ((ElfSection strings, long at, long end) in VersionEntries(SectionTypeGnuVerNeed, "Verneed entry", 16))
            {
                // Verneed: vn_version, vn_cnt, vn_file, vn_aux, vn_next. Vernaux: vna_hash, vna_flags, vna_other, vna_name, vna_next.
                ushort count = ReadUInt16(_image, (int)at + 2);
                string file = ReadString(strings, ReadUInt32(_image, (int)at + 4));
                var versions = new List<ElfVersionNeedAux>();
                long aux = at + ReadUInt32(_image, (int)at + 8);
                for (int k = 0; k < count; k++)
                {
                    CheckWithin(aux, 16, end, "Vernaux entry");
                    versions.Add(new ElfVersionNeedAux(
                        name: ReadString(strings, ReadUInt32(_image, (int)aux + 8)),
                        hash: ReadUInt32(_image, (int)aux),
                        flags: ReadUInt16(_image, (int)aux + 4),
                        versionIndex: ReadUInt16(_image, (int)aux + 6),
                        flagsFileOffset: aux + 4));
                    uint auxNext = ReadUInt32(_image, (int)aux + 12);
                    if (auxNext == 0)
                    {
                        break;
                    }

                    aux += auxNext;
                }

                result.Add(new ElfVersionNeed(file, versions));
            }

            return result;
        }

        /// <summary>The version names a library defines (.gnu.version_d, first Verdaux of each Verdef); empty when none.</summary>
        public IReadOnlyList<string> ReadVersionDefinitions()
        {
            var result = new List<string>();
            foreach ((ElfSection strings, long at, long end) in VersionEntries(SectionTypeGnuVerDef, "Verdef entry", 20))
            {
                // Verdef: vd_version, vd_flags, vd_ndx, vd_cnt, vd_hash, vd_aux, vd_next. Verdaux: vda_name, vda_next.
                if (ReadUInt16(_image, (int)at + 6) > 0)
                {
                    long aux = at + ReadUInt32(_image, (int)at + 12);
                    CheckWithin(aux, 8, end, "Verdaux entry");
                    result.Add(ReadString(strings, ReadUInt32(_image, (int)aux)));
                }
            }

            return result;
        }

        /// <summary>The dynamic symbols (.dynsym) with their .gnu.version index.</summary>
        public IReadOnlyList<ElfDynamicSymbol> ReadDynamicSymbols()
        {
            var result = new List<ElfDynamicSymbol>();
            ElfSection? dynsym = FirstSectionOfType(SectionTypeDynSym);

            if (dynsym is null)
            {
                return result;
            }

            ulong entrySize = dynsym.EntrySize == 0 ? SymbolSize : dynsym.EntrySize;
            if (entrySize < SymbolSize)
            {
                throw new ElfFormatException(".dynsym entry size " + entrySize.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is smaller than 24");
            }

            CheckRange(_image, dynsym.Offset, dynsym.Size, ".dynsym");
            ElfSection strings = LinkedSection(dynsym, ".dynsym");
            int count = (int)(dynsym.Size / entrySize);

            ElfSection? versym = FirstSectionOfType(SectionTypeGnuVerSym);

            if (versym != null)
            {
                CheckRange(_image, versym.Offset, versym.Size, ".gnu.version");
                if (versym.Size < (ulong)count * 2)
                {
                    throw new ElfFormatException(".gnu.version has fewer entries than .dynsym");
                }
            }

            for (int i = 0; i < count; i++)
            {
                int at = checked((int)(dynsym.Offset + ((ulong)i * entrySize)));
                string name = ReadString(strings, ReadUInt32(_image, at));
                ushort sectionIndex = ReadUInt16(_image, at + 6);
                int version = versym is null ? -1 : ReadUInt16(_image, checked((int)versym.Offset + (2 * i))) & 0x7fff;
                result.Add(new ElfDynamicSymbol(i, name, sectionIndex, version));
            }

            return result;
        }

        /// <summary>Indices of the .dynsym entries that some dynamic relocation (REL or RELA against .dynsym) refers to.</summary>
        public ISet<int> ReadRelocatedDynamicSymbolIndices()
        {
            var result = new HashSet<int>();
            ElfSection? dynsym = FirstSectionOfType(SectionTypeDynSym);
            if (dynsym is null)
            {
                return result;
            }

            foreach (ElfSection section in Sections)
            {
                if ((section.Type != SectionTypeRela && section.Type != SectionTypeRel) || section.Link != (uint)dynsym.Index)
                {
                    continue;
                }

                ulong entrySize = section.EntrySize != 0 ? section.EntrySize : (section.Type == SectionTypeRela ? 24UL : 16UL);
                if (entrySize < 16)
                {
                    throw new ElfFormatException("relocation entry size is smaller than 16");
                }

                CheckRange(_image, section.Offset, section.Size, "relocation section");
                ulong count = section.Size / entrySize;
                for (ulong i = 0; i < count; i++)
                {
                    int at = checked((int)(section.Offset + (i * entrySize)));
                    ulong info = ReadUInt64(_image, at + 8);
                    int symbol = (int)(info >> 32);
                    if (symbol != 0)
                    {
                        result.Add(symbol);
                    }
                }
            }

            return result;
        }

        internal static ushort ReadUInt16(byte[] b, int at) => (ushort)(b[at] | (b[at + 1] << 8));

        internal static uint ReadUInt32(byte[] b, int at) => (uint)(b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24));

        internal static ulong ReadUInt64(byte[] b, int at) => ReadUInt32(b, at) | ((ulong)ReadUInt32(b, at + 4) << 32);

        /// <summary>
        /// Walks the Verneed or Verdef entries of every section of <paramref name="type"/>: sh_info entries at most,
        /// chained by the entry's last field (vn_next / vd_next, relative to the entry), each checked to lie in the section.
        /// </summary>
        private IEnumerable<(ElfSection Strings, long At, long End)> VersionEntries(uint type, string what, int entrySize)
        {
            foreach (ElfSection section in SectionsOfType(type))
            {
                ElfSection strings = LinkedSection(section, what);
                CheckRange(_image, section.Offset, section.Size, what + " section");
                long end = (long)(section.Offset + section.Size);
                long at = (long)section.Offset;
                for (uint n = 0; n < section.Info; n++)
                {
                    CheckWithin(at, entrySize, end, what);
                    yield return (strings, at, end);
                    uint next = ReadUInt32(_image, (int)at + entrySize - 4);
                    if (next == 0)
                    {
                        break;
                    }

                    at += next;
                }
            }
        }

        private ElfSection? FirstSectionOfType(uint type)
        {
            foreach (ElfSection section in SectionsOfType(type))
            {
                return section;
            }

            return null;
        }

        private IEnumerable<ElfSection> SectionsOfType(uint type)
        {
            foreach (ElfSection section in Sections)
            {
                if (section.Type == type)
                {
                    yield return section;
                }
            }
        }

        private ElfSection LinkedSection(ElfSection section, string what)
        {
            if (section.Link == 0 || section.Link >= (uint)Sections.Count)
            {
                throw new ElfFormatException(what + " has no valid string table link (sh_link " + section.Link.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
            }

            ElfSection strings = Sections[(int)section.Link];
            CheckRange(_image, strings.Offset, strings.Size, "string table of " + what);
            return strings;
        }

        private string ReadString(ElfSection strings, uint offset)
        {
            if (offset >= strings.Size)
            {
                throw new ElfFormatException("string offset " + offset.ToString(System.Globalization.CultureInfo.InvariantCulture) + " lies outside its string table");
            }

            int start = checked((int)(strings.Offset + offset));
            int limit = checked((int)(strings.Offset + strings.Size));
            int end = start;
            while (end < limit && _image[end] != 0)
            {
                end++;
            }

            if (end == limit)
            {
                throw new ElfFormatException("unterminated string in string table");
            }

            return Encoding.UTF8.GetString(_image, start, end - start);
        }

        private static void CheckRange(byte[] image, ulong offset, ulong size, string what)
        {
            if (offset > (ulong)image.Length || size > (ulong)image.Length - offset)
            {
                throw new ElfFormatException(what + " lies outside the file (truncated or corrupt)");
            }
        }

        private static void CheckWithin(long at, int size, long end, string what)
        {
            if (at < 0 || at + size > end)
            {
                throw new ElfFormatException(what + " lies outside its section (corrupt chain)");
            }
        }
    }
}
