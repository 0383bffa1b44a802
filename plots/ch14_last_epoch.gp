# ch14_last_epoch.gp, written by redes. Redraw ch14_last_epoch.png from its data with: gnuplot ch14_last_epoch.gp
set encoding utf8
set terminal pngcairo size 1100,600 enhanced font 'DejaVu Sans,11'
set output 'ch14_last_epoch.png'
set datafile separator ','
set title 'θ_k during the last epoch of one run (500 steps): the band around θ*'
set xlabel 'w'
set ylabel 'b'
set grid
set key outside right top vertical box opaque
set size ratio -1
plot 'ch14_last_epoch.csv' index 0 using 1:2 with lines lc rgb 'gray60' lw 1 notitle, \
     'ch14_last_epoch.csv' index 1 using 1:2 with points pt 7 ps 0.4 lc rgb '#1f77b4' title 'constant η = 0.05', \
     'ch14_last_epoch.csv' index 2 using 1:2 with points pt 7 ps 0.4 lc rgb '#2ca02c' title 'η₀/(1 + k/k₀), η₀ = 0.05, k₀ = 100', \
     'ch14_last_epoch.csv' index 3 using 1:2 with points pt 7 ps 0.4 lc rgb '#d62728' title 'linear η₀ = 0.05 → η_τ = 0.0025 at τ = 2000', \
     'ch14_last_epoch.csv' index 4 using 1:2 with points pt 3 ps 2.5 lw 2 lc rgb 'black' title 'θ* = (X Xᵀ)⁻¹ X y'
set output
