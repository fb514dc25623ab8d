#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Build-speed benchmark: cold builds of StaticNews and Hugo on the same generated corpus, side by side.
.DESCRIPTION
    Generates deterministic corpora with bench/StaticNews.Corpus.Cli, builds each cold (output removed first) with
    the Release CLI and with Hugo (bench/hugo-theme: article pages with a 5-item related block by tags, paginated
    section, tag and author lists, home page), -Runs times each under /usr/bin/time -v, and prints one Markdown
    table of median wall time, CPU time (user + sys) and peak memory, with the StaticNews/Hugo wall-time ratio.
    Also times an incremental StaticNews rebuild over its previous output with one article edited, as a share of the cold build.
    Not a test: the numbers depend on the machine. Hugo is Debian's `hugo` 0.111.3 (apt-get install -y hugo).
.EXAMPLE
    dotnet pwsh bench/build-speed.ps1                      # 1k and 10k, 3 runs each
    dotnet pwsh bench/build-speed.ps1 -With100k            # adds 100k articles
    dotnet pwsh bench/build-speed.ps1 -Sizes 1000 -Runs 1 -SkipHugo   # the CI smoke run
#>
param(
    [int[]] $Sizes = @(1000, 10000),
    [switch] $With100k,
    [int] $Runs = 3,
    [int] $Seed = 1,
    [switch] $SkipHugo,
    [string] $WorkFolder = (Join-Path ([IO.Path]::GetTempPath()) 'staticnews-build-speed')
)

$ErrorActionPreference = 'Stop'
if ($PSStyle) { $PSStyle.OutputRendering = 'PlainText' }
$root = Split-Path $PSScriptRoot -Parent
if ($With100k) { $Sizes += 100000 }
if (-not (Test-Path /usr/bin/time)) { throw '/usr/bin/time is missing: apt-get install -y time' }
if (-not $SkipHugo -and -not (Get-Command hugo -ErrorAction SilentlyContinue)) { throw 'hugo is missing: apt-get install -y hugo (or pass -SkipHugo)' }

function Invoke-Checked([string] $What, [scriptblock] $Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed with exit code $LASTEXITCODE" }
}

Invoke-Checked 'building the CLI' { dotnet build (Join-Path $root 'src/StaticNews.Cli') -c Release -v quiet -nologo | Out-Null }
Invoke-Checked 'building the corpus generator' { dotnet build (Join-Path $root 'bench/StaticNews.Corpus.Cli') -c Release -v quiet -nologo | Out-Null }
$cli = Join-Path $root 'src/StaticNews.Cli/bin/Release/net10.0/staticnews.dll'
$corpusCli = Join-Path $root 'bench/StaticNews.Corpus.Cli/bin/Release/net10.0/staticnews-corpus.dll'

function New-Corpus([int] $Count) {
    $folder = Join-Path $WorkFolder "$Count"
    Remove-Item $folder -Recurse -Force -ErrorAction SilentlyContinue
    $inputFolder = Join-Path $folder 'input'
    Invoke-Checked 'generating the corpus' { dotnet $corpusCli --articles $Count --out $inputFolder --seed $Seed | Out-Null }
    if (-not $SkipHugo) {
        # Hugo reads the same Markdown: the corpus section folders become its content sections.
        $hugoSite = Join-Path $folder 'hugo'
        $content = New-Item -ItemType Directory (Join-Path $hugoSite 'content')
        Get-ChildItem $inputFolder -Directory | Copy-Item -Destination $content -Recurse
        New-Item -ItemType Directory (Join-Path $hugoSite 'themes') | Out-Null
        Copy-Item (Join-Path $PSScriptRoot 'hugo-theme') (Join-Path $hugoSite 'themes/hugo-theme') -Recurse
        Copy-Item (Join-Path $PSScriptRoot 'hugo-theme/hugo.yaml') $hugoSite
    }
    return $folder
}

function Measure-Once([string] $Log, [string[]] $Command) {
    & /usr/bin/time -v -o $Log @Command | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "$($Command -join ' ') failed with exit code $LASTEXITCODE" }
    $text = Get-Content -LiteralPath $Log -Raw
    $field = { param($pattern) [regex]::Match($text, $pattern).Groups[1].Value }
    $wallParts = (& $field 'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)').Split(':')
    $wall = 0.0; foreach ($part in $wallParts) { $wall = $wall * 60 + [double]::Parse($part, [cultureinfo]::InvariantCulture) }
    [pscustomobject]@{
        Wall = $wall
        Cpu = [double]::Parse((& $field 'User time \(seconds\): (\S+)'), [cultureinfo]::InvariantCulture) + [double]::Parse((& $field 'System time \(seconds\): (\S+)'), [cultureinfo]::InvariantCulture)
        PeakMb = [long](& $field 'Maximum resident set size \(kbytes\): (\d+)') / 1024
    }
}

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    if ($sorted.Count % 2) { return $sorted[[int][math]::Floor($sorted.Count / 2)] }
    return ($sorted[$sorted.Count / 2 - 1] + $sorted[$sorted.Count / 2]) / 2
}

function Measure-Builds([string] $Folder, [string] $Name, [scriptblock] $Prepare, [string[]] $Command) {
    $samples = foreach ($run in 1..$Runs) {
        & $Prepare
        Measure-Once (Join-Path $Folder "$Name-$run.time") $Command
    }
    [pscustomobject]@{
        Wall = Get-Median ($samples | ForEach-Object Wall)
        Cpu = Get-Median ($samples | ForEach-Object Cpu)
        PeakMb = Get-Median ($samples | ForEach-Object PeakMb)
    }
}

function Format-Row([string] $Articles, [string] $Tool, $Result, [string] $Ratio) {
    '| {0} | {1} | {2:0.00} s | {3:0.00} s | {4:0} MB | {5} |' -f $Articles, $Tool, $Result.Wall, $Result.Cpu, $Result.PeakMb, $Ratio
}

$rows = @()
foreach ($count in $Sizes) {
    Write-Host "== $count articles"
    $folder = New-Corpus $count
    $inputFolder = Join-Path $folder 'input'
    $output = Join-Path $folder 'output'
    $staticNews = Measure-Builds $folder 'staticnews' { Remove-Item $output -Recurse -Force -ErrorAction SilentlyContinue } `
        @('dotnet', $cli, 'build', '--input', $inputFolder, '--output', $output, '--quiet', '--no-cache')
    # An incremental rebuild over the last output after editing one article: only the pages that show it are rendered.
    $article = Get-ChildItem (Join-Path $inputFolder 'world') -Filter *.md | Sort-Object Name | Select-Object -First 1
    $rebuild = Measure-Builds $folder 'staticnews-rebuild' { Add-Content -LiteralPath $article.FullName "`nA late paragraph from the desk.`n" } `
        @('dotnet', $cli, 'build', '--input', $inputFolder, '--output', $output, '--quiet')
    $ofCold = '{0:0}% of cold' -f (100 * $rebuild.Wall / $staticNews.Wall)
    if ($SkipHugo) {
        $rows += Format-Row $count 'StaticNews' $staticNews '–'
        $rows += Format-Row $count 'StaticNews, one-article rebuild' $rebuild $ofCold
        continue
    }
    $hugoSite = Join-Path $folder 'hugo'
    $hugoOutput = Join-Path $folder 'hugo-public'
    $hugo = Measure-Builds $folder 'hugo' { Remove-Item $hugoOutput, (Join-Path $hugoSite 'resources') -Recurse -Force -ErrorAction SilentlyContinue } `
        @('hugo', '--quiet', '--ignoreCache', '--source', $hugoSite, '--destination', $hugoOutput)
    $ratio = '{0:0.00}' -f ($staticNews.Wall / $hugo.Wall)
    $rows += Format-Row $count 'StaticNews' $staticNews $ratio
    $rows += Format-Row $count 'Hugo 0.111.3' $hugo '1'
    $rows += Format-Row $count 'StaticNews, one-article rebuild' $rebuild ('{0:0.00} ({1})' -f ($rebuild.Wall / $hugo.Wall), $ofCold)
}

Write-Host ''
Write-Host "Median of $Runs cold builds each (StaticNews/Hugo = ratio of median wall times)."
Write-Host '| articles | tool | wall | CPU (user+sys) | peak memory | StaticNews/Hugo |'
Write-Host '|---|---|---|---|---|---|'
$rows | ForEach-Object { Write-Host $_ }
