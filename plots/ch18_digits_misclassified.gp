# ch18_digits_misclassified.gp, written by redes. Redraw ch18_digits_misclassified.png from its data with: gnuplot ch18_digits_misclassified.gp
set encoding utf8
set terminal pngcairo size 900,469 enhanced font 'DejaVu Sans,11'
set output 'ch18_digits_misclassified.png'
set datafile separator ','
set title 'Digits: misclassified test images (true → predicted)'
set xlabel ''
set ylabel ''
set grid
unset key
set xrange [-0.5:54.5]
set yrange [24.5:-0.5]
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
set object rect from 0.5,3.5 to 8.5,11.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label '6 → 0' at 4.5,2.00 center front font ',9'
set object rect from 9.5,3.5 to 17.5,11.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label '7 → 9' at 13.5,2.00 center front font ',9'
set object rect from 18.5,3.5 to 26.5,11.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label '9 → 1' at 22.5,2.00 center front font ',9'
set object rect from 27.5,3.5 to 35.5,11.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label '3 → 7' at 31.5,2.00 center front font ',9'
set object rect from 36.5,3.5 to 44.5,11.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label '3 → 8' at 40.5,2.00 center front font ',9'
set object rect from 45.5,3.5 to 53.5,11.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label '4 → 1' at 49.5,2.00 center front font ',9'
set object rect from 0.5,15.5 to 8.5,23.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label '8 → 9' at 4.5,14.00 center front font ',9'
set object rect from 9.5,15.5 to 17.5,23.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label '1 → 8' at 13.5,14.00 center front font ',9'
unset grid
unset xtics
unset ytics
unset colorbox
set size ratio -1
set lmargin 1
set rmargin 1
set palette gray negative
set cbrange [0:16]
plot 'ch18_digits_misclassified.csv' index 0 using 1:2:3 with image notitle
set output
