# ch11_dz_dW_slices.gp, written by redes. Redraw ch11_dz_dW_slices.png from its data with: gnuplot ch11_dz_dW_slices.gp
set encoding utf8
set terminal pngcairo size 980,420 enhanced font 'DejaVu Sans,11'
set output 'ch11_dz_dW_slices.png'
set datafile separator ','
set title '∂\{W_1x_m + b_1\}/∂W_1 ∈ R^{N_1×N_1×N}: slice i holds x_m^T in its row j = i'
set xlabel 'k (column of W_1);  the entries of slice i are [∂z_i/∂W_1]_{jk}'
set ylabel 'j (row of W_1)'
set grid
unset key
set cblabel '[∂\{W_1x_m + b_1\}/∂W_1]_{ijk}' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
set label 'slice i = 1' at 2.5,0.25 center front
set label '-0.1' at 1,1 center front textcolor rgb 'white'
set label '-1.2' at 2,1 center front textcolor rgb 'white'
set label '1.2' at 3,1 center front textcolor rgb 'white'
set label '0.2' at 4,1 center front textcolor rgb 'white'
set label '0' at 1,2 center front textcolor rgb 'white'
set label '0' at 2,2 center front textcolor rgb 'white'
set label '0' at 3,2 center front textcolor rgb 'white'
set label '0' at 4,2 center front textcolor rgb 'white'
set label '0' at 1,3 center front textcolor rgb 'white'
set label '0' at 2,3 center front textcolor rgb 'white'
set label '0' at 3,3 center front textcolor rgb 'white'
set label '0' at 4,3 center front textcolor rgb 'white'
set label 'slice i = 2' at 7.5,0.25 center front
set label '0' at 6,1 center front textcolor rgb 'white'
set label '0' at 7,1 center front textcolor rgb 'white'
set label '0' at 8,1 center front textcolor rgb 'white'
set label '0' at 9,1 center front textcolor rgb 'white'
set label '-0.1' at 6,2 center front textcolor rgb 'white'
set label '-1.2' at 7,2 center front textcolor rgb 'white'
set label '1.2' at 8,2 center front textcolor rgb 'white'
set label '0.2' at 9,2 center front textcolor rgb 'white'
set label '0' at 6,3 center front textcolor rgb 'white'
set label '0' at 7,3 center front textcolor rgb 'white'
set label '0' at 8,3 center front textcolor rgb 'white'
set label '0' at 9,3 center front textcolor rgb 'white'
set label 'slice i = 3' at 12.5,0.25 center front
set label '0' at 11,1 center front textcolor rgb 'white'
set label '0' at 12,1 center front textcolor rgb 'white'
set label '0' at 13,1 center front textcolor rgb 'white'
set label '0' at 14,1 center front textcolor rgb 'white'
set label '0' at 11,2 center front textcolor rgb 'white'
set label '0' at 12,2 center front textcolor rgb 'white'
set label '0' at 13,2 center front textcolor rgb 'white'
set label '0' at 14,2 center front textcolor rgb 'white'
set label '-0.1' at 11,3 center front textcolor rgb 'white'
set label '-1.2' at 12,3 center front textcolor rgb 'white'
set label '1.2' at 13,3 center front textcolor rgb 'white'
set label '0.2' at 14,3 center front textcolor rgb 'white'
set xtics ('1' 1, '2' 2, '3' 3, '4' 4, '1' 6, '2' 7, '3' 8, '4' 9, '1' 11, '2' 12, '3' 13, '4' 14)
set yrange [3.5:-0.1]
set xrange [0.4:14.6]
set ytics 1, 1, 3
unset grid
plot 'ch11_dz_dW_slices.csv' index 0 using 1:2:3 with image notitle, \
     'ch11_dz_dW_slices.csv' index 1 using 1:2:3 with image notitle, \
     'ch11_dz_dW_slices.csv' index 2 using 1:2:3 with image notitle
set output
