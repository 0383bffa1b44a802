# ch18_fashion_misclassified.gp, written by redes. Redraw ch18_fashion_misclassified.png from its data with: gnuplot ch18_fashion_misclassified.gp
set encoding utf8
set terminal pngcairo size 900,836 enhanced font 'DejaVu Sans,11'
set output 'ch18_fashion_misclassified.png'
set datafile separator ','
set title 'Fashion-MNIST: misclassified test images (true → predicted)'
set xlabel ''
set ylabel ''
set grid
unset key
set xrange [-0.5:188.5]
set yrange [162.5:-0.5]
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
set object rect from 2.5,11.5 to 30.5,39.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Sneaker' at 16.5,5.02 center front font ',9'
set label '→ Sandal' at 16.5,8.98 center front font ',9'
set object rect from 33.5,11.5 to 61.5,39.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Coat' at 47.5,5.02 center front font ',9'
set label '→ Pullover' at 47.5,8.98 center front font ',9'
set object rect from 64.5,11.5 to 92.5,39.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Ankle boot' at 78.5,5.02 center front font ',9'
set label '→ Sneaker' at 78.5,8.98 center front font ',9'
set object rect from 95.5,11.5 to 123.5,39.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Coat' at 109.5,5.02 center front font ',9'
set label '→ Pullover' at 109.5,8.98 center front font ',9'
set object rect from 126.5,11.5 to 154.5,39.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'T-shirt/top' at 140.5,5.02 center front font ',9'
set label '→ Dress' at 140.5,8.98 center front font ',9'
set object rect from 157.5,11.5 to 185.5,39.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Shirt' at 171.5,5.02 center front font ',9'
set label '→ T-shirt/top' at 171.5,8.98 center front font ',9'
set object rect from 2.5,51.5 to 30.5,79.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Pullover' at 16.5,45.02 center front font ',9'
set label '→ Shirt' at 16.5,48.98 center front font ',9'
set object rect from 33.5,51.5 to 61.5,79.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Coat' at 47.5,45.02 center front font ',9'
set label '→ Shirt' at 47.5,48.98 center front font ',9'
set object rect from 64.5,51.5 to 92.5,79.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Pullover' at 78.5,45.02 center front font ',9'
set label '→ Dress' at 78.5,48.98 center front font ',9'
set object rect from 95.5,51.5 to 123.5,79.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Ankle boot' at 109.5,45.02 center front font ',9'
set label '→ Sneaker' at 109.5,48.98 center front font ',9'
set object rect from 126.5,51.5 to 154.5,79.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Pullover' at 140.5,45.02 center front font ',9'
set label '→ Shirt' at 140.5,48.98 center front font ',9'
set object rect from 157.5,51.5 to 185.5,79.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Shirt' at 171.5,45.02 center front font ',9'
set label '→ Dress' at 171.5,48.98 center front font ',9'
set object rect from 2.5,91.5 to 30.5,119.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Shirt' at 16.5,85.02 center front font ',9'
set label '→ Coat' at 16.5,88.98 center front font ',9'
set object rect from 33.5,91.5 to 61.5,119.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Coat' at 47.5,85.02 center front font ',9'
set label '→ Pullover' at 47.5,88.98 center front font ',9'
set object rect from 64.5,91.5 to 92.5,119.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Shirt' at 78.5,85.02 center front font ',9'
set label '→ Coat' at 78.5,88.98 center front font ',9'
set object rect from 95.5,91.5 to 123.5,119.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Pullover' at 109.5,85.02 center front font ',9'
set label '→ Shirt' at 109.5,88.98 center front font ',9'
set object rect from 126.5,91.5 to 154.5,119.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'T-shirt/top' at 140.5,85.02 center front font ',9'
set label '→ Shirt' at 140.5,88.98 center front font ',9'
set object rect from 157.5,91.5 to 185.5,119.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Shirt' at 171.5,85.02 center front font ',9'
set label '→ Dress' at 171.5,88.98 center front font ',9'
set object rect from 2.5,131.5 to 30.5,159.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Coat' at 16.5,125.02 center front font ',9'
set label '→ Dress' at 16.5,128.98 center front font ',9'
set object rect from 33.5,131.5 to 61.5,159.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Coat' at 47.5,125.02 center front font ',9'
set label '→ Shirt' at 47.5,128.98 center front font ',9'
set object rect from 64.5,131.5 to 92.5,159.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Coat' at 78.5,125.02 center front font ',9'
set label '→ Dress' at 78.5,128.98 center front font ',9'
set object rect from 95.5,131.5 to 123.5,159.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Pullover' at 109.5,125.02 center front font ',9'
set label '→ Shirt' at 109.5,128.98 center front font ',9'
set object rect from 126.5,131.5 to 154.5,159.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Pullover' at 140.5,125.02 center front font ',9'
set label '→ Dress' at 140.5,128.98 center front font ',9'
set object rect from 157.5,131.5 to 185.5,159.5 front fillstyle empty border lc rgb 'gray60' lw 1
set label 'Pullover' at 171.5,125.02 center front font ',9'
set label '→ Shirt' at 171.5,128.98 center front font ',9'
unset grid
unset xtics
unset ytics
unset colorbox
set size ratio -1
set lmargin 1
set rmargin 1
set palette gray negative
set cbrange [0:1]
plot 'ch18_fashion_misclassified.csv' index 0 using 1:2:3 with image notitle
set output
