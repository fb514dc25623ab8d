#!/usr/bin/env bash
# Makes the sample newsroom's camera-sized photos (input/images/*.jpg) with ImageMagick and exiftool: original synthetic
# scenes (a plasma sky and sea, a horizon and a few shapes, film grain), 3000 × 2000 px, about 200–500 KB each. Two of them
# are stored sideways with an orientation tag and carry GPS, a camera serial number and an artist, like a phone's photo,
# so every build exercises autorotation and metadata stripping. Run from the repository root; needs `convert` and `exiftool`.
set -euo pipefail
out=input/images
W=3000; H=2000

# name seed sky sea shapes(draw commands) portrait(0/1)
photo() {
  local name=$1 seed=$2 sky=$3 sea=$4 draw=$5 portrait=$6
  local w=$W h=$H
  if [ "$portrait" = 1 ]; then w=$H; h=$W; fi
  local horizon=$((h * 55 / 100))
  convert -size "${w}x${horizon}" -seed "$seed" "plasma:$sky" -blur 0x12 \
    \( -size "${w}x$((h - horizon))" -seed "$((seed + 1))" "plasma:$sea" -blur 0x3 \) -append \
    -draw "$draw" -attenuate 0.12 +noise Gaussian -quality 80 -sampling-factor 2x2 "/tmp/make-photos-$name.jpg"
  if [ "$portrait" = 1 ]; then
    # Stored sideways as a phone does: pixels turned a quarter left, Orientation 6 ("rotate 90 CW") turns them back.
    convert "/tmp/make-photos-$name.jpg" -rotate -90 -quality 80 "$out/$name.jpg"
    exiftool -q -overwrite_original -Orientation#=6 -GPSLatitude=51.5007 -GPSLatitudeRef=N -GPSLongitude=0.1246 \
      -GPSLongitudeRef=W -SerialNumber=SN-4411-SAMPLE -Artist="Sample Photographer" -Make=SampleCam -Model=Courier-1 "$out/$name.jpg"
  else
    mv "/tmp/make-photos-$name.jpg" "$out/$name.jpg"
    exiftool -q -overwrite_original -Make=SampleCam -Model=Courier-1 "$out/$name.jpg"
  fi
}

photo flooded-street 11 '#5d6b7a-#9aa7b0' '#4b5a4f-#7b8a70' "fill #3a3a3a rectangle 0,900 3000,1100 fill #6b4a2b rectangle 400,600 900,1150 rectangle 1900,500 2500,1150 fill #c9b458 rectangle 500,700 560,780 rectangle 2000,620 2060,700" 0
photo turbine-funding 21 '#7fb3d9-#dcecf5' '#1f4e6b-#3b7a9a' "fill #f2f2f2 rectangle 1480,300 1520,1150 polygon 1500,300 1520,310 1900,120 1890,100 polygon 1500,300 1480,310 1300,650 1320,660 polygon 1500,300 1500,280 1250,60 1230,70" 0
photo figurehead-return 31 '#c98a5b-#f1d2a6' '#2c4a5e-#4f7384' "fill #8a3b22 polygon 900,1400 1300,700 1600,650 1800,800 1700,1400 fill #e4c18a circle 1450,800 1450,900" 0
photo benefit-concert 41 '#1b1b3a-#3d2b5e' '#2a2a2a-#4a3d3d' "fill #f5e27a circle 700,300 700,380 circle 1500,250 1500,330 circle 2300,300 2300,380 fill #5a5a6a rectangle 300,900 2700,1150 fill #d9d9d9 rectangle 1300,700 1700,900" 0
photo parliament-oath 51 '#a9b8c9-#e6ebf0' '#6d6d5e-#9c9a82' "fill #c8c0a8 rectangle 600,600 2400,1200 fill #8d8675 polygon 550,600 1500,250 2450,600 fill #4a4638 rectangle 800,800 900,1200 rectangle 1100,800 1200,1200 rectangle 1800,800 1900,1200 rectangle 2100,800 2200,1200" 0
photo winter-turbines 61 '#8e9ba6-#c8d1d8' '#2f3f4a-#56687a' "fill #e8e8e8 rectangle 700,500 725,1120 rectangle 1600,450 1625,1120 rectangle 2400,520 2425,1120 fill #e8e8e8 circle 712,500 712,520 circle 1612,450 1612,470 circle 2412,520 2412,540" 0
photo marathon-record 71 '#9cc4e4-#e9f1f7' '#5a5a5a-#8a8a8a' "fill #d23c3c rectangle 800,1200 950,1700 fill #1f5aa6 rectangle 1100,1150 1250,1700 fill #f0c040 circle 875,1120 875,1190 circle 1175,1070 1175,1140" 1
photo skarvik-breakwater 81 '#6e8fa8-#b9cddc' '#24465c-#3f6a82' "fill #7a7a72 polygon 0,1300 2000,1150 2000,1260 0,1500 fill #d8d2c4 rectangle 1500,900 1600,1180 fill #c23b2b rectangle 1500,880 1600,930" 1
